// Scans a door label's QR code with the phone's camera (jsQR from npm, loaded when first needed).
import { h, loadScript } from '../dom.js';
import { t } from '../i18n.js';

/** The code read, or null when the camera is closed or unavailable. */
export async function scanDoorCode() {
  const jsQR = await loadScript('/app/vendor/jsQR.js', 'jsQR');
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
  } catch {
    return null;
  }
  const video = h('video', { playsinline: true, muted: true });
  const close = h('button', { type: 'button', class: 'primary big' }, t('cancel'));
  const overlay = h('div', { class: 'scanner', role: 'dialog', 'aria-label': t('scanDoor') }, video, close);
  document.body.append(overlay);
  video.srcObject = stream;
  await video.play();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  try {
    return await new Promise((resolve) => {
      close.onclick = () => resolve(null);
      const look = () => {
        if (!overlay.isConnected) return resolve(null);
        if (video.videoWidth > 0) {
          canvas.width = video.videoWidth;
          canvas.height = video.videoHeight;
          context.drawImage(video, 0, 0);
          const found = jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
          if (found?.data) return resolve(found.data);
        }
        requestAnimationFrame(look);
      };
      look();
    });
  } finally {
    stream.getTracks().forEach((track) => track.stop());
    overlay.remove();
  }
}
