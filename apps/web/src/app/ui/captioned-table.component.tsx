import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The list table of the app: scrolls sideways on narrow phones rather than squeezing columns, and
 * carries a caption above it so screen readers announce what the rows are.
 */
export function CaptionedTable({
  caption,
  children,
  hover = true,
}: {
  caption: string;
  children: ReactNode;
  hover?: boolean;
}) {
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped highlightOnHover={hover} verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text size="sm" c="dimmed" component="span">
            {caption}
          </Text>
        </Table.Caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
