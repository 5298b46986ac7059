import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CourseOutline, ModuleOutline, ModuleTitleBody } from '@sen/contracts';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { notifyFailure } from '../../../app/ui/notify';
import { coursesApi, type NewLesson } from '../api/courses.api';
import { courseKeys } from '../api/courses.keys';
import { applyOrder } from './reorder';

/** Changes to one draft's modules and lessons; each refreshes that outline and the course's summary. */
function useRefreshOutline(outline: CourseOutline) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: courseKeys.version(outline.versionId) }),
      queryClient.invalidateQueries({ queryKey: courseKeys.detail(outline.courseId) }),
    ]);
  };
}

export function useCreateModuleMutation(outline: CourseOutline) {
  const refresh = useRefreshOutline(outline);
  return useMutation({
    mutationFn: (body: ModuleTitleBody) => coursesApi.createModule(outline.versionId, body),
    onSuccess: refresh,
  });
}

export function useRenameModuleMutation(outline: CourseOutline, moduleId: string) {
  const refresh = useRefreshOutline(outline);
  return useMutation({
    mutationFn: (body: ModuleTitleBody) => coursesApi.renameModule(moduleId, body),
    onSuccess: refresh,
  });
}

export function useDeleteModuleMutation(outline: CourseOutline) {
  const refresh = useRefreshOutline(outline);
  return useMutation({ mutationFn: (moduleId: string) => coursesApi.deleteModule(moduleId), onSuccess: refresh });
}

export function useCreateLessonMutation(outline: CourseOutline, moduleId: string) {
  const refresh = useRefreshOutline(outline);
  return useMutation({ mutationFn: (body: NewLesson) => coursesApi.createLesson(moduleId, body), onSuccess: refresh });
}

export function useDeleteLessonMutation(outline: CourseOutline) {
  const queryClient = useQueryClient();
  const refresh = useRefreshOutline(outline);
  return useMutation({
    mutationFn: (lessonId: string) => coursesApi.deleteLesson(lessonId),
    onSuccess: async (_, lessonId) => {
      queryClient.removeQueries({ queryKey: courseKeys.lesson(lessonId) });
      await refresh();
    },
  });
}

/**
 * Reordering shows the new order at once and puts the old one back if the server refuses; the
 * server's answer (the whole outline or module) then replaces the guess.
 */
function useOptimisticOutline(outline: CourseOutline) {
  const queryClient = useQueryClient();
  const message = useErrorMessage();
  const key = courseKeys.version(outline.versionId);
  return {
    async apply(change: (current: CourseOutline) => CourseOutline) {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<CourseOutline>(key);
      if (previous) queryClient.setQueryData(key, change(previous));
      return { previous };
    },
    fail(error: unknown, context: { previous: CourseOutline | undefined } | undefined) {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      notifyFailure(message(error));
    },
    set(change: (current: CourseOutline) => CourseOutline) {
      queryClient.setQueryData<CourseOutline>(key, (current) => (current ? change(current) : current));
    },
  };
}

export function useReorderModulesMutation(outline: CourseOutline) {
  const optimistic = useOptimisticOutline(outline);
  return useMutation({
    mutationFn: (moduleIds: string[]) => coursesApi.reorderModules(outline.versionId, moduleIds),
    onMutate: (moduleIds) =>
      optimistic.apply((current) => ({ ...current, modules: applyOrder(current.modules, moduleIds) })),
    onError: (error, _, context) => optimistic.fail(error, context),
    onSuccess: (next) => optimistic.set(() => next),
  });
}

export function useReorderLessonsMutation(outline: CourseOutline, moduleId: string) {
  const optimistic = useOptimisticOutline(outline);
  const replaceModule = (change: (module: ModuleOutline) => ModuleOutline) => (current: CourseOutline) => ({
    ...current,
    modules: current.modules.map((module) => (module.id === moduleId ? change(module) : module)),
  });
  return useMutation({
    mutationFn: (lessonIds: string[]) => coursesApi.reorderLessons(moduleId, lessonIds),
    onMutate: (lessonIds) =>
      optimistic.apply(replaceModule((module) => ({ ...module, lessons: applyOrder(module.lessons, lessonIds) }))),
    onError: (error, _, context) => optimistic.fail(error, context),
    onSuccess: (next) => optimistic.set(replaceModule(() => next)),
  });
}
