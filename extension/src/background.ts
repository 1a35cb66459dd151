// The background script: a service worker in Chrome/Edge, an event page in Firefox. Its only job
// is to open the panel from the toolbar button. It reads no tab, page or record.
import browser from 'webextension-polyfill';

/** Chrome's side panel API (not in webextension-polyfill's types; the polyfill passes it through). */
interface SidePanelApi {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

const { sidePanel } = browser as unknown as { sidePanel?: SidePanelApi };

if (sidePanel) {
  // Chrome, Edge: the toolbar button (and its shortcut, `_execute_action`) opens the side panel.
  sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.error('Ryggrad: could not set the side panel to open from the toolbar button', error);
  });
} else if ('sidebarAction' in browser) {
  // Firefox: the toolbar button toggles the sidebar (the shortcut is `_execute_sidebar_action`).
  browser.action.onClicked.addListener(() => {
    void browser.sidebarAction.toggle();
  });
}
