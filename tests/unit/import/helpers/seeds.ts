import fs from 'node:fs';
import path from 'node:path';

export const SEEDS = ['000_ec4a56ec879bd467.txt', '001_f04b9f986299fbce.txt', '002_eb413db6c3da201b.txt', '003_3bf94dc3a89a6442.txt', '004_040c62a2e4fea6de.txt'] as const;
export const fixturePath = (...parts: string[]) => path.resolve(__dirname, '../../../fixtures', ...parts);
export const seedPath = (name: string) => fixturePath('seeds', name);
export const seed = (name: string) => fs.readFileSync(seedPath(name), 'utf8');
