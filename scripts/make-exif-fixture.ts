/**
 * Writes tests/fixtures/site/reports/fixture-gate.jpg: a small photo carrying the camera
 * metadata a source's photo might (make, model, serial, GPS position), so the build test can
 * prove the published image keeps none of it. Run once; the JPEG is committed.
 */
import sharp from 'sharp';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../tests/fixtures/site/reports/fixture-gate.jpg', import.meta.url));
const width = 64;
const height = 48;
const pixels = Buffer.alloc(width * height * 3);
for (let i = 0; i < width * height; i++) pixels.set([(i * 7) % 256, (i * 3) % 256, 120], i * 3);

await sharp(pixels, { raw: { width, height, channels: 3 } })
  .jpeg({ quality: 80 })
  .withExif({
    IFD0: { Make: 'FixtureCam', Model: 'Leaky 9000', Software: 'FixtureCam firmware', Artist: 'Fixture Photographer' },
    IFD2: { BodySerialNumber: 'SERIAL-0042', DateTimeOriginal: '2024:06:17 10:11:12' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '37/1 37/1 0/1' },
  })
  .toFile(out);
console.log(`wrote ${out}`);
