// Angular sets `[flags]` as a property and listens for `(rygg-triage-change)`; with
// strictTemplates, `$event` is typed from the package's HTMLElementEventMap entry, so a misspelt
// event or a wrong handler type fails the build. Angular keeps the `['fever']` literal as one array
// across change detection, so it sets `flags` once.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'ryggrad/red-flag-checklist.js';
import type { Tier, TriageChangeDetail } from 'ryggrad';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <rygg-red-flag-checklist id="wrapped" lang="en" [flags]="['fever']" (rygg-triage-change)="onChange($event)" />
      <p id="tier">{{ tier() }}</p>
      <!-- Runs change detection again: the reader's ticks must survive it. -->
      <button id="rerender" type="button" (click)="renders.set(renders() + 1)">Render again ({{ renders() }})</button>
    </main>
  `,
})
export class App {
  protected readonly tier = signal<Tier | 'none'>('none');
  protected readonly renders = signal(0);

  protected onChange(event: CustomEvent<TriageChangeDetail>): void {
    this.tier.set(event.detail.tier);
  }
}
