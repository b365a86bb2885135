// The kill switch for offline use (docs/deploying.md, "Offline use: the kill switch").
// Served as sw.js in place of the build's worker, it takes over from an
// installed worker, deletes the saved copies and removes itself. It has no
// fetch handler, so open pages go to the network from then on. (It does not
// reload them: occ-start.js registers sw.js on every visit, so a reload
// would run it again, and again.) Keep it there for as long as anyone may still
// have the old worker: browsers look for a new sw.js on each visit, so a
// visitor who comes back after months still gets it.
self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("occ-")) await caches.delete(name);
      }
      await self.registration.unregister();
    })(),
  );
});
