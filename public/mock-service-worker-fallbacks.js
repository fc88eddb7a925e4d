// The generated MSW worker (mockServiceWorker.js, not edited by hand) names every request with
// crypto.randomUUID, which Chromium only has from 92; the readable tier (Chromium 89+) gets it from here.
if (typeof self.crypto.randomUUID !== 'function') {
  self.crypto.randomUUID = function randomUUID() {
    const bytes = self.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
self.importScripts('./mockServiceWorker.js');
