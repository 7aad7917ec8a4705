import AddOutlined from '@mui/icons-material/AddOutlined';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DriveFileMoveOutlined from '@mui/icons-material/DriveFileMoveOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Button, Stack } from '@mui/material';
import { useT } from '../../i18n';
import type { TreeRow } from './treeModel';

export type RowAction = 'up' | 'down' | 'moveTo' | 'edit' | 'delete' | 'addQuestion';

/** The actions on the selected row, beside the tree (a tree row may hold no buttons): the mouse and Tab way. */
export function KbToolbar({ row, onAction }: { row: TreeRow; onAction: (action: RowAction) => void }) {
  const t = useT();
  const name = row.kind === 'topic' ? row.topic.description : row.question.description;
  const label = (key: 'kb.action.up' | 'kb.action.down' | 'kb.action.moveTo' | 'kb.action.edit' | 'kb.action.delete') =>
    t('kb.action.label', { action: t(key), name });
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} role="toolbar" aria-label={name} data-testid="kb-toolbar">
      <Button size="small" variant="outlined" startIcon={<ArrowUpward />} disabled={row.first} onClick={() => onAction('up')} aria-label={label('kb.action.up')}>
        {t('kb.action.up')}
      </Button>
      <Button size="small" variant="outlined" startIcon={<ArrowDownward />} disabled={row.last} onClick={() => onAction('down')} aria-label={label('kb.action.down')}>
        {t('kb.action.down')}
      </Button>
      {row.kind === 'question' && (
        <Button size="small" variant="outlined" startIcon={<DriveFileMoveOutlined />} onClick={() => onAction('moveTo')} aria-label={label('kb.action.moveTo')}>
          {t('kb.action.moveTo')}
        </Button>
      )}
      <Button size="small" variant="outlined" startIcon={<EditOutlined />} onClick={() => onAction('edit')} aria-label={label('kb.action.edit')}>
        {t('kb.action.edit')}
      </Button>
      <Button size="small" variant="outlined" color="error" startIcon={<DeleteOutlined />} onClick={() => onAction('delete')} aria-label={label('kb.action.delete')}>
        {t('kb.action.delete')}
      </Button>
      {/* On a question: another one in the same topic. */}
      <Button
        size="small"
        variant="outlined"
        startIcon={<AddOutlined />}
        onClick={() => onAction('addQuestion')}
        aria-label={t('kb.action.label', { action: t('kb.action.addQuestion'), name: row.topic.description })}
      >
        {t('kb.action.addQuestion')}
      </Button>
    </Stack>
  );
}
