/**
 * A QR code reader with the camera (the workshop's group picture): frames are read in this tab
 * with a pure-JavaScript decoder (`qr` by Paul Miller, no WebAssembly, so the CSP needs nothing
 * new), loaded only with the screen that opens this module (lazily). Nothing is recorded or kept: each frame is drawn to a canvas, read, and dropped.
 * The camera stops when she stops it, leaves the screen or closes the tab.
 *
 * A code held in front of the camera is reported once; it is reported again only after another
 * code (so showing the same code twice says "already counted" instead of repeating silently).
 */
import { useEffect, useRef, useState } from 'react';
import decodeQR from 'qr/decode.js';

export type CameraState = 'starting' | 'on' | 'denied' | 'none' | 'error';

/** Widest frame read, in pixels: enough for a phone held up to a laptop, and quick to decode. */
const MAX_WIDTH = 960;

export default function CameraScanner({
  onText,
  words,
}: {
  onText: (text: string) => void;
  /** The words of the screen that uses it: the video's label, and what each camera state says. */
  words: { view: string; state: Record<CameraState, string> };
}) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  }, [onText]);
  const [state, setState] = useState<CameraState>('starting');

  useEffect(() => {
    const video = videoRef.current;
    let stream: MediaStream | undefined;
    let isStopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastText = '';
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const read = () => {
      if (isStopped) return;
      if (video && context && video.readyState >= 2 && video.videoWidth > 0) {
        const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
        const width = Math.round(video.videoWidth * scale);
        const height = Math.round(video.videoHeight * scale);
        canvas.width = width;
        canvas.height = height;
        context.drawImage(video, 0, 0, width, height);
        const { data } = context.getImageData(0, 0, width, height);
        let text: string | undefined;
        try {
          text = decodeQR({ width, height, data });
        } catch {
          text = undefined; // no code in this frame
        }
        if (text !== undefined && text !== lastText) {
          lastText = text;
          onTextRef.current(text);
        }
      }
      timer = setTimeout(read, 120);
    };

    const start = async () => {
      if (!('mediaDevices' in navigator)) {
        setState('none');
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
        if (isStopped || !video) return;
        video.srcObject = stream;
        await video.play();
        setState('on');
        read();
      } catch (error) {
        if (isStopped) return;
        const name = error instanceof DOMException ? error.name : '';
        setState(
          name === 'NotAllowedError' || name === 'SecurityError'
            ? 'denied'
            : name === 'NotFoundError' || name === 'OverconstrainedError'
              ? 'none'
              : 'error',
        );
      }
    };
    void start();

    return () => {
      isStopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
      if (video) video.srcObject = null;
    };
  }, []);

  return (
    <div className="stack camera">
      <video
        ref={videoRef}
        className="camera-view"
        muted
        playsInline
        aria-label={words.view}
        hidden={state !== 'on' && state !== 'starting'}
      />
      <p role="status" className={state === 'on' || state === 'starting' ? 'hint' : 'notice'}>
        {words.state[state]}
      </p>
    </div>
  );
}
