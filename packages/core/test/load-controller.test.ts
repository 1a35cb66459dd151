import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadController, type LoadOptions } from '../src/load-controller.js';

/** A host that only counts the updates it is asked for. */
function host(): ReactiveControllerHost & { updates: number; controllers: ReactiveController[] } {
  return {
    updates: 0,
    controllers: [],
    addController(controller) {
      this.controllers.push(controller);
    },
    removeController() {
      // not used by the controller
    },
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

/** A promise the test settles by hand, to order results as a slow network would. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A controller whose loads wait for the test, with a record of every call and callback. */
function recorded(options: Partial<LoadOptions<string, string>> = {}) {
  const target = host();
  const requests: string[] = [];
  const waiting = new Map<string, ReturnType<typeof deferred<string>>>();
  const events: string[] = [];
  const controller = new LoadController<string, string>(target, {
    load: (key) => {
      requests.push(key);
      const next = deferred<string>();
      waiting.set(key, next);
      return next.promise;
    },
    loaded: (value) => events.push(`loaded ${value}`),
    failed: (problem) => events.push(`failed ${problem}`),
    settled: () => events.push('settled'),
    ...options,
  });
  const settle = (key: string) => waiting.get(key)!;
  /** Lets the load of `key` (started a microtask after its request) resolve, and waits for the controller. */
  const resolveLoad = async (key: string, value: string) => {
    await Promise.resolve();
    settle(key).resolve(value);
    await controller.settled;
  };
  /** The same for a load that rejects with `reason`. */
  const rejectLoad = async (key: string, reason: unknown) => {
    await Promise.resolve();
    settle(key).reject(reason);
    await controller.settled;
  };
  return { target, controller, requests, events, settle, resolveLoad, rejectLoad };
}

describe('LoadController', () => {
  it('is pending until the load resolves, then holds the value and asks the host to update once', async () => {
    const { target, controller, events, resolveLoad } = recorded();
    expect(target.controllers).to.deep.equal([controller]);
    controller.request('nb');
    expect(controller.pending).to.equal(true);
    expect(controller.value).to.equal(undefined);
    await resolveLoad('nb', 'Hei');
    expect(controller.pending).to.equal(false);
    expect(controller.value).to.equal('Hei');
    expect(controller.problem).to.equal(undefined);
    expect(events).to.deep.equal(['loaded Hei', 'settled']);
    expect(target.updates).to.equal(1);
  });

  it('takes a value that is ready at once without loading, and loads keys that are not ready', async () => {
    const { target, controller, requests, events, resolveLoad } = recorded({
      ready: (key) => (key === 'nb' ? 'Hei (preloaded)' : undefined),
    });
    controller.request('nb');
    expect(controller.pending).to.equal(false);
    expect(controller.value).to.equal('Hei (preloaded)');
    expect(requests).to.deep.equal([]);
    expect(events).to.deep.equal(['loaded Hei (preloaded)', 'settled']);
    controller.request('en');
    expect(controller.pending).to.equal(true);
    await resolveLoad('en', 'Hello');
    expect(requests).to.deep.equal(['en']);
    expect(controller.value).to.equal('Hello');
    expect(target.updates).to.equal(2);
  });

  it('turns a rejection into a readable problem, clears the value and never rejects', async () => {
    const { target, controller, events, resolveLoad, rejectLoad } = recorded();
    controller.request('nb');
    await resolveLoad('nb', 'Hei');
    controller.start('nb');
    await rejectLoad('nb', new Error('network said no'));
    expect(controller.problem).to.equal('network said no');
    expect(controller.value).to.equal(undefined);
    expect(events).to.deep.equal(['loaded Hei', 'settled', 'failed network said no', 'settled']);
    expect(target.updates).to.equal(2);

    controller.start('en');
    await rejectLoad('en', 'plain words');
    expect(controller.problem).to.equal('plain words');
  });

  it('keeps only the latest request when an older one settles last', async () => {
    const { controller, events, settle, resolveLoad } = recorded();
    controller.request('nb');
    controller.request('en');
    await resolveLoad('en', 'Hello');
    settle('nb').resolve('Hei');
    await settle('nb').promise;
    await Promise.resolve();
    expect(controller.value).to.equal('Hello');
    expect(events).to.deep.equal(['loaded Hello', 'settled']);
  });

  it('keeps only the latest request when an older one settles first, and stays pending until it does', async () => {
    const { controller, events, settle, resolveLoad } = recorded();
    controller.request('nb');
    controller.request('nn');
    await Promise.resolve();
    settle('nb').reject(new Error('too late'));
    await settle('nb').promise.catch(() => undefined);
    await Promise.resolve();
    expect(controller.pending).to.equal(true);
    expect(controller.problem).to.equal(undefined);
    await resolveLoad('nn', 'Hei (nynorsk)');
    expect(controller.value).to.equal('Hei (nynorsk)');
    expect(events).to.deep.equal(['loaded Hei (nynorsk)', 'settled']);
  });

  it('keeps the previous value while a newer request is pending', async () => {
    const { controller, resolveLoad } = recorded();
    controller.request('nb');
    await resolveLoad('nb', 'Hei');
    controller.request('en');
    expect(controller.pending).to.equal(true);
    expect(controller.value).to.equal('Hei');
  });

  it('loads once per key with request(), also after a failure; start() loads again', async () => {
    const { controller, requests, rejectLoad } = recorded();
    controller.request('nb');
    controller.request('nb');
    await rejectLoad('nb', new Error('offline'));
    controller.request('nb');
    expect(requests).to.deep.equal(['nb']);
    controller.start('nb');
    expect(controller.problem).to.equal(undefined);
    await Promise.resolve();
    expect(requests).to.deep.equal(['nb', 'nb']);
  });

  it('reads its key before each host update and loads when it changes', async () => {
    let language = 'nb';
    const { target, controller, requests } = recorded({ key: () => language });
    target.controllers.forEach((c) => c.hostUpdate?.());
    target.controllers.forEach((c) => c.hostUpdate?.());
    language = 'en';
    target.controllers.forEach((c) => c.hostUpdate?.());
    await Promise.resolve();
    expect(requests).to.deep.equal(['nb', 'en']);
    expect(controller.pending).to.equal(true);
  });

  it('reset() drops the request on its way, forgets value and problem, and updates the host', async () => {
    const { target, controller, events, settle } = recorded();
    controller.request('nb');
    await Promise.resolve();
    controller.reset();
    expect(controller.pending).to.equal(false);
    expect(target.updates).to.equal(1);
    settle('nb').resolve('Hei');
    await settle('nb').promise;
    await Promise.resolve();
    await Promise.resolve();
    expect(controller.value).to.equal(undefined);
    expect(events).to.deep.equal([]);
    expect(target.updates).to.equal(1);
  });

  it('catches a load that throws before returning a promise', async () => {
    const target = host();
    const controller = new LoadController<string, string>(target, {
      load: () => {
        throw new Error('no such module');
      },
    });
    expect(() => {
      controller.request('nb');
    }).not.to.throw();
    await controller.settled;
    expect(controller.problem).to.equal('no such module');
    expect(target.updates).to.equal(1);
  });
});
