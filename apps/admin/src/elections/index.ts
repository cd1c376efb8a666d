import HowToVoteIcon from '@mui/icons-material/HowToVote';
import { ElectionCreate } from './ElectionCreate';
import { ElectionEdit } from './ElectionEdit';
import { ElectionList } from './ElectionList';
import { ElectionShow } from './ElectionShow';

/** Anyone may read; `create` and `edit` are given to the national administrator only (App.tsx). */
export default {
  list: ElectionList,
  show: ElectionShow,
  icon: HowToVoteIcon,
  recordRepresentation: 'name',
};
export const electionEditing = { create: ElectionCreate, edit: ElectionEdit };
