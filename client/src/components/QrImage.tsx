import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code as a PNG data URL in an <img>: no injected markup, scales crisply when large. */
export function QrImage({
  value,
  alt,
  className,
}: {
  value: string;
  alt: string;
  className?: string;
}) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(value, { margin: 1, width: 640, errorCorrectionLevel: 'M' }).then(
      (url) => live && setSrc(url),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [value]);
  return src ? (
    <img className={className} src={src} alt={alt} width={640} height={640} />
  ) : (
    <div className={`${className ?? ''} qr-placeholder`} role="img" aria-label={alt} />
  );
}
