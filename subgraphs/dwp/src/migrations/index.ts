import { DwpIomJobcentreTarget1764500000004 } from './1764500000004-DwpIomJobcentreTarget';

/** DWP's own migrations, in order (the kit runs its own first). */
export const DWP_MIGRATIONS = [DwpIomJobcentreTarget1764500000004];
