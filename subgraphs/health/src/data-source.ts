// For the TypeORM CLI (e.g. `npx typeorm migration:show -d subgraphs/health/dist/data-source.js`).
import { agencyDataSource } from '@hub/common';
import { definition } from './index';

export default agencyDataSource(definition).dataSource;
