import { installFixture, packPackages } from './prepare-consumers';

/** Packs the built packages once and installs both fixtures before any consumer test runs. */
export default async function setup(): Promise<void> {
  const started = Date.now();
  await packPackages();
  await Promise.all([installFixture('react18'), installFixture('react19')]);
  process.stdout.write(`consumers: packed and installed in ${Date.now() - started} ms\n`);
}
