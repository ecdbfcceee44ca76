// node image-suggestions/dist/main.js --config config.yaml
import { main } from '@aqs/servicelib';
import service from './service.js';

await main(service);
