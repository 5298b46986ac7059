import '@mantine/tiptap/styles.css';
import { useEffect } from 'react';
import { Link, RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';

export interface RichTextFieldProps {
  /** HTML; a change from outside (e.g. the server's sanitised copy after saving) replaces the content. */
  value: string;
  onChange: (html: string) => void;
  /** The id of the visible label, which names the editing area for screen readers. */
  labelId: string;
  readOnly?: boolean;
}

function useLabels(): Partial<RichTextEditorLabels> {
  const { t } = useTranslation();
  return {
    boldControlLabel: t('courses.lesson.editor.bold'),
    italicControlLabel: t('courses.lesson.editor.italic'),
    h2ControlLabel: t('courses.lesson.editor.h2'),
    h3ControlLabel: t('courses.lesson.editor.h3'),
    bulletListControlLabel: t('courses.lesson.editor.bulletList'),
    orderedListControlLabel: t('courses.lesson.editor.orderedList'),
    linkControlLabel: t('courses.lesson.editor.link'),
    unlinkControlLabel: t('courses.lesson.editor.unlink'),
    blockquoteControlLabel: t('courses.lesson.editor.blockquote'),
    undoControlLabel: t('courses.lesson.editor.undo'),
    redoControlLabel: t('courses.lesson.editor.redo'),
    linkEditorInputLabel: t('courses.lesson.editor.linkInput'),
    linkEditorInputPlaceholder: t('courses.lesson.editor.linkPlaceholder'),
    linkEditorExternalLink: t('courses.lesson.editor.linkExternal'),
    linkEditorInternalLink: t('courses.lesson.editor.linkInternal'),
    linkEditorSave: t('courses.lesson.editor.linkSave'),
  };
}

/**
 * The lesson's WYSIWYG editor. Its module is loaded on demand (TipTap and ProseMirror are heavy), so
 * only authors opening a lesson download it. Only what the server's allowlist keeps is offered.
 */
export function RichTextField({ value, onChange, labelId, readOnly = false }: RichTextFieldProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3] }, link: false, code: false, codeBlock: false }),
      Link.configure({ openOnClick: false }),
    ],
    content: value,
    editable: !readOnly,
    immediatelyRender: true,
    editorProps: {
      attributes: { 'aria-labelledby': labelId, role: 'textbox', 'aria-multiline': 'true' },
    },
    onUpdate: ({ editor: current }) => onChange(current.getHTML()),
  });

  useEffect(() => {
    // The editor is torn down and rebuilt around re-mounts; a destroyed one has no document to compare.
    if (!editor || editor.isDestroyed) return;
    if (value !== editor.getHTML()) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  return (
    <RichTextEditor editor={editor} labels={labels}>
      {!readOnly && (
        <RichTextEditor.Toolbar sticky stickyOffset={56} role="toolbar" aria-label={t('courses.lesson.editor.toolbar')}>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
            <RichTextEditor.Blockquote />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
      )}
      <RichTextEditor.Content mih={240} />
    </RichTextEditor>
  );
}
