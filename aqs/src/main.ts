// node aqs/dist/main.js --config aqs/config.yaml
import { main } from '@aqs/servicelib';
import service from './service.js';

await main(service);
