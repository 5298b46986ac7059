import '@mantine/tiptap/styles.css';
import { useEffect, useRef } from 'react';
import { Stack } from '@mantine/core';
import { Link, RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';
import type { UploadView } from '@sen/contracts';
import { UPLOAD_ACCEPT } from '../api/upload-file';
import { useUpload } from '../hooks/use-upload.hook';
import { UploadStatus } from './upload-button.component';
import classes from './rich-text-field.module.css';

/** Images keep their `srcset`, so phones fetch the 480-px copy; the server allows it for our own files only. */
const LessonImage = Image.extend({
  addAttributes() {
    return { ...this.parent?.(), srcset: { default: null } };
  },
});

/** The 960-px copy as the default source, every size in `srcset`; small images have only their original. */
export function imageAttributes(upload: UploadView): { src: string; srcset: string | null; alt: string } {
  const sizes = [...upload.variants, { width: upload.width ?? 0, url: upload.url }];
  const src = upload.variants.find((v) => v.width === 960)?.url ?? upload.url;
  return {
    src,
    srcset: upload.variants.length > 0 ? sizes.map((s) => `${s.url} ${s.width}w`).join(', ') : null,
    alt: upload.fileName.replace(/\.[^.]+$/, ''),
  };
}
export interface RichTextFieldProps {
  /** HTML; a change from outside (e.g. the server's sanitised copy after saving) replaces the content. */
  value: string;
  onChange: (html: string) => void;
  /** The id of the visible label, which names the editing area for screen readers. */
  labelId: string;
  /** Images are uploaded for this course. */
  courseId: string;
  readOnly?: boolean;
  /**
   * A short piece of text (a question's stem, an option, a feedback): emphasis, lists, links and
   * pictures, without section headings or tables, in a smaller box whose toolbar scrolls with it.
   */
  compact?: boolean;
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
    tableInsertControlLabel: t('courses.lesson.editor.table'),
    tableInsertLabel: (columns, rows) => t('courses.lesson.editor.tableSize', { columns, rows }),
    tableRowAfterControlLabel: t('courses.lesson.editor.tableRowAfter'),
    tableRowDeleteControlLabel: t('courses.lesson.editor.tableRowDelete'),
    tableColumnAfterControlLabel: t('courses.lesson.editor.tableColumnAfter'),
    tableColumnDeleteControlLabel: t('courses.lesson.editor.tableColumnDelete'),
    tableDeleteControlLabel: t('courses.lesson.editor.tableDelete'),
  };
}

/**
 * The lesson's WYSIWYG editor. Its module is loaded on demand (TipTap and ProseMirror are heavy), so
 * only authors opening a lesson download it. Only what the server's allowlist keeps is offered.
 */
export function RichTextField({
  value,
  onChange,
  labelId,
  courseId,
  readOnly = false,
  compact = false,
}: RichTextFieldProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const imageUpload = useUpload(courseId, 'image');
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3] }, link: false, code: false, codeBlock: false }),
      Link.configure({ openOnClick: false }),
      LessonImage,
      // No column resizing: widths would be stored as inline styles, which the server drops anyway;
      // trainees' tables size themselves to the screen and scroll sideways when wide.
      TableKit.configure({ table: { resizable: false } }),
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
    // Without `false`, TipTap reports the unchanged document as an edit, and the page would warn of unsaved changes.
    if (editor && !editor.isDestroyed) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);
  // Row, column and delete buttons only make sense inside a table; elsewhere they would all be disabled.
  const inTable = useEditorState({
    editor,
    selector: ({ editor: current }) => !!current && !current.isDestroyed && current.isActive('table'),
  });

  return (
    <Stack gap={4}>
      <RichTextEditor editor={editor} labels={labels}>
        {!readOnly && (
          <RichTextEditor.Toolbar
            sticky={!compact}
            stickyOffset={56}
            role="toolbar"
            aria-label={t('courses.lesson.editor.toolbar')}
          >
            {!compact && (
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.H2 />
                <RichTextEditor.H3 />
              </RichTextEditor.ControlsGroup>
            )}
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
              <InsertImageControl editor={editor} upload={imageUpload.upload} />
              {/* A 6 × 6 grid to pick the size from: every cell is a button, so Tab and Enter work too. */}
              {!compact && <RichTextEditor.TableInsert maxColumns={6} maxRows={6} withHeaderRow />}
            </RichTextEditor.ControlsGroup>
            {inTable && !compact && (
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.TableRowAfter />
                <RichTextEditor.TableRowDelete />
                <RichTextEditor.TableColumnAfter />
                <RichTextEditor.TableColumnDelete />
                {/* Undo brings a deleted table back, so it needs no confirmation. */}
                <RichTextEditor.TableDelete />
              </RichTextEditor.ControlsGroup>
            )}
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Undo />
              <RichTextEditor.Redo />
            </RichTextEditor.ControlsGroup>
          </RichTextEditor.Toolbar>
        )}
        <RichTextEditor.Content mih={compact ? 72 : 240} className={classes.content} />
      </RichTextEditor>
      <UploadStatus state={imageUpload} label={t('courses.lesson.editor.image')} />
    </Stack>
  );
}

/** Uploads a picture and puts it where the cursor was. */
function InsertImageControl({
  editor,
  upload,
}: {
  editor: Editor | null;
  upload: (file: File) => Promise<UploadView | null>;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <RichTextEditor.Control
        onClick={() => input.current?.click()}
        aria-label={t('courses.lesson.editor.image')}
        title={t('courses.lesson.editor.image')}
      >
        {/* The same 16-px line icon style as the other toolbar buttons. */}
        <svg width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5} aria-hidden>
          <rect x={3} y={4} width={18} height={16} rx={2} />
          <circle cx={9} cy={10} r={2} />
          <path d="M21 16l-5-5-9 9" />
        </svg>
      </RichTextEditor.Control>
      <input
        ref={input}
        type="file"
        hidden
        accept={UPLOAD_ACCEPT.image}
        data-testid="lesson-image-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Picking the same file again must fire a change too.
          event.currentTarget.value = '';
          if (!file || !editor) return;
          void upload(file).then((uploaded) => {
            if (uploaded && !editor.isDestroyed) editor.chain().focus().setImage(imageAttributes(uploaded)).run();
          });
        }}
      />
    </>
  );
}
