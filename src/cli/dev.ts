// `npm run dev`: the CLI from the TypeScript sources under `tsx watch`, restarted on every change.
import { main } from './main.js';

await main(process.argv);
