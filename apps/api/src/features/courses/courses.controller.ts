import { Controller } from '@nestjs/common';
import { routes, type CourseDetail, type CourseOutline, type LessonView, type ModuleOutline } from '@sen/contracts';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { CoursesService } from './courses.service';

@Controller()
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Endpoint(routes.listCourses)
  list(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listCourses'>) {
    return this.courses.list(ctx.actor, input.query);
  }

  @Endpoint(routes.createCourse)
  create(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createCourse'>): Promise<CourseDetail> {
    return this.courses.create(ctx, input.body);
  }

  @Endpoint(routes.getCourse)
  get(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getCourse'>): Promise<CourseDetail> {
    return this.courses.get(ctx.actor, input.params.id);
  }

  @Endpoint(routes.updateCourseDraft)
  updateDraft(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'updateCourseDraft'>): Promise<CourseOutline> {
    return this.courses.updateDraft(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.startCourseDraft)
  startDraft(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'startCourseDraft'>): Promise<CourseOutline> {
    return this.courses.startDraft(ctx, input.params.id);
  }

  @Endpoint(routes.updateCourseSettings)
  updateSettings(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'updateCourseSettings'>): Promise<CourseDetail> {
    return this.courses.setOpenEnrolment(ctx, input.params.id, input.body.openEnrolment);
  }

  @Endpoint(routes.getCourseVersion)
  getVersion(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getCourseVersion'>): Promise<CourseOutline> {
    return this.courses.getVersion(ctx.actor, input.params.id);
  }

  @Endpoint(routes.publishCourseVersion)
  publish(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'publishCourseVersion'>): Promise<CourseOutline> {
    return this.courses.publish(ctx, input.params.id);
  }

  @Endpoint(routes.createModule)
  createModule(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createModule'>): Promise<ModuleOutline> {
    return this.courses.createModule(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.reorderModules)
  reorderModules(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'reorderModules'>): Promise<CourseOutline> {
    return this.courses.reorderModules(ctx, input.params.id, input.body.moduleIds);
  }

  @Endpoint(routes.updateModule)
  updateModule(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'updateModule'>): Promise<ModuleOutline> {
    return this.courses.updateModule(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.deleteModule)
  deleteModule(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'deleteModule'>): Promise<void> {
    return this.courses.deleteModule(ctx, input.params.id);
  }

  @Endpoint(routes.createLesson)
  createLesson(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createLesson'>): Promise<LessonView> {
    return this.courses.createLesson(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.reorderLessons)
  reorderLessons(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'reorderLessons'>): Promise<ModuleOutline> {
    return this.courses.reorderLessons(ctx, input.params.id, input.body.lessonIds);
  }

  @Endpoint(routes.getLesson)
  getLesson(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getLesson'>): Promise<LessonView> {
    return this.courses.getLesson(ctx.actor, input.params.id);
  }

  @Endpoint(routes.updateLesson)
  updateLesson(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'updateLesson'>): Promise<LessonView> {
    return this.courses.updateLesson(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.deleteLesson)
  deleteLesson(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'deleteLesson'>): Promise<void> {
    return this.courses.deleteLesson(ctx, input.params.id);
  }
}
