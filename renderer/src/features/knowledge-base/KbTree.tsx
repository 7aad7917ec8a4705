import ChevronRight from '@mui/icons-material/ChevronRight';
import ExpandMore from '@mui/icons-material/ExpandMore';
import FolderOutlined from '@mui/icons-material/FolderOutlined';
import HelpOutline from '@mui/icons-material/HelpOutlineOutlined';
import { Box, Chip, Typography } from '@mui/material';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import type { TreeRow } from './treeModel';

export type TreeAction = 'up' | 'down' | 'edit' | 'delete' | 'open';

export interface KbTreeProps {
  rows: readonly TreeRow[];
  selectedId: string | null;
  canEdit: boolean;
  onSelect: (row: TreeRow) => void;
  onToggle: (topicCode: string, open?: boolean) => void;
  onAction: (action: TreeAction, row: TreeRow) => void;
  /** A question dropped on a topic (mouse); the keyboard way is "Verplaatsen naar…". */
  onDropQuestion: (questionCode: string, topicCode: string) => void;
}

const DRAG_TYPE = 'application/x-kcc-kb-question';

/**
 * The knowledge-base tree (WAI-ARIA tree pattern, flat rows with aria-level): one tab stop, arrows move,
 * Right/Left open and close a topic or go to its parent, Home/End, Enter opens the details; for editors
 * Alt+Up/Down reorder, F2 edits and Delete deletes. Rows hold no buttons (a treeitem may not contain
 * controls): the actions sit in the toolbar beside the tree. Questions can also be dragged onto a topic.
 */
export function KbTree({ rows, selectedId, canEdit, onSelect, onToggle, onAction, onDropQuestion }: KbTreeProps) {
  const t = useT();
  const refs = useRef(new Map<string, HTMLDivElement>());
  const [focusWanted, setFocusWanted] = useState(false);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const index = Math.max(0, rows.findIndex((r) => r.id === selectedId));
  const current = rows[index];

  useEffect(() => {
    if (!focusWanted || !current) return;
    refs.current.get(current.id)?.focus();
    setFocusWanted(false);
  }, [focusWanted, current]);

  const go = (i: number) => {
    const row = rows[Math.min(rows.length - 1, Math.max(0, i))];
    if (!row) return;
    onSelect(row);
    setFocusWanted(true);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!current) return;
    const alt = e.altKey;
    let handled = true;
    if (alt && e.key === 'ArrowUp' && canEdit) onAction('up', current);
    else if (alt && e.key === 'ArrowDown' && canEdit) onAction('down', current);
    else if (e.key === 'ArrowDown') go(index + 1);
    else if (e.key === 'ArrowUp') go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(rows.length - 1);
    else if (e.key === 'ArrowRight') {
      if (current.kind === 'topic' && !current.expanded) onToggle(current.id, true);
      else if (current.kind === 'topic') go(index + 1);
    } else if (e.key === 'ArrowLeft') {
      if (current.kind === 'topic' && current.expanded) onToggle(current.id, false);
      else if (current.kind === 'question') go(rows.findIndex((r) => r.id === current.topic.code));
    } else if (e.key === 'Enter' || e.key === ' ') onAction('open', current);
    else if (e.key === 'F2' && canEdit) onAction('edit', current);
    else if (e.key === 'Delete' && canEdit) onAction('delete', current);
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
      if (alt) setFocusWanted(true);
    }
  };

  const dragProps = (row: TreeRow) => {
    if (!canEdit) return {};
    if (row.kind === 'question') {
      return {
        draggable: true,
        onDragStart: (e: DragEvent) => {
          e.dataTransfer.setData(DRAG_TYPE, row.id);
          e.dataTransfer.effectAllowed = 'move';
        },
      };
    }
    return {
      onDragOver: (e: DragEvent) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        setDropTarget(row.id);
      },
      onDragLeave: () => setDropTarget((d) => (d === row.id ? null : d)),
      onDrop: (e: DragEvent) => {
        const code = e.dataTransfer.getData(DRAG_TYPE);
        setDropTarget(null);
        if (code) {
          e.preventDefault();
          onDropQuestion(code, row.id);
        }
      },
    };
  };

  return (
    <Box role="tree" aria-label={t('kb.tree.label')} onKeyDown={onKeyDown} data-testid="kb-tree" sx={{ outline: 'none' }}>
      {rows.map((row, i) => {
        const selected = i === index;
        const level = row.kind === 'topic' ? 1 : 2;
        const count = row.kind === 'topic' ? row.questions.length : 0;
        return (
          <Box
            key={row.id}
            ref={(el: HTMLDivElement | null) => {
              if (el) refs.current.set(row.id, el);
              else refs.current.delete(row.id);
            }}
            role="treeitem"
            aria-level={level}
            aria-selected={selected}
            aria-expanded={row.kind === 'topic' ? row.expanded : undefined}
            tabIndex={selected ? 0 : -1}
            data-testid={`kb-row-${row.id}`}
            data-kind={row.kind}
            onClick={() => {
              onSelect(row);
              setFocusWanted(true);
            }}
            onDoubleClick={() => row.kind === 'topic' && onToggle(row.id)}
            {...dragProps(row)}
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1,
              pl: level === 1 ? 0.5 : 4,
              pr: 1,
              py: 0.5,
              cursor: 'pointer',
              borderRadius: 1,
              bgcolor: selected ? 'action.selected' : dropTarget === row.id ? 'action.hover' : undefined,
              outlineOffset: -2,
              '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
              '&:hover': { bgcolor: selected ? 'action.selected' : 'action.hover' },
            }}
          >
            {row.kind === 'topic' ? (
              <Box
                component="span"
                aria-hidden
                onClick={(e) => {
                  e.stopPropagation();
                  onToggle(row.id);
                }}
                sx={{ display: 'inline-flex' }}
              >
                {row.expanded ? <ExpandMore fontSize="small" /> : <ChevronRight fontSize="small" />}
              </Box>
            ) : null}
            {row.kind === 'topic' ? <FolderOutlined fontSize="small" color="action" aria-hidden /> : <HelpOutline fontSize="small" color="action" aria-hidden />}
            <Typography component="span" variant="body2" sx={{ color: 'text.secondary', fontFamily: 'monospace', flexShrink: 0 }}>
              {row.id}
            </Typography>
            <Typography component="span" variant="body2" sx={{ flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {row.kind === 'topic' ? row.topic.description : row.question.description}
            </Typography>
            {row.kind === 'topic' ? (
              <Typography
                component="span"
                variant="caption"
                sx={{ color: 'text.secondary', flexShrink: 0 }}
                data-testid={`kb-count-${row.id}`}
                aria-label={t('kb.topic.count.label', { count: String(count), portal: String(row.topic.portalCount) })}
              >
                {count === 1 ? t('kb.topic.count.one') : t('kb.topic.count', { count: String(count) })}
              </Typography>
            ) : (
              <Chip
                size="small"
                variant="outlined"
                color={row.question.portal ? 'primary' : 'default'}
                label={row.question.portal ? t('kb.flag.portal') : t('kb.flag.internalOnly')}
                sx={{ flexShrink: 0 }}
              />
            )}
          </Box>
        );
      })}
    </Box>
  );
}
