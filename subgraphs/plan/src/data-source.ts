// For the TypeORM CLI (e.g. `npx typeorm migration:show -d subgraphs/plan/dist/data-source.js`).
import { planDataSource } from './index';

export default planDataSource().dataSource;
