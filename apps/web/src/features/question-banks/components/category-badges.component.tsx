import { Badge, Group } from '@mantine/core';

export function CategoryBadges({ categories }: { categories: readonly string[] }) {
  return (
    <Group gap={4}>
      {categories.map((name) => (
        <Badge key={name} size="sm" variant="light" color="pink" tt="none">
          {name}
        </Badge>
      ))}
    </Group>
  );
}
