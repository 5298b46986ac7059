import { Module } from '@nestjs/common';
import { PeopleController, PositionsController } from './people-positions.controller';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';
import { PositionsRepository } from './positions.repository';
import { PositionsService } from './positions.service';
import { UnitScope } from './unit-scope';
import { UnitsController } from './units.controller';
import { UnitsRepository } from './units.repository';
import { UnitsService } from './units.service';

@Module({
  controllers: [UnitsController, PeopleController, PositionsController],
  providers: [
    UnitsRepository,
    UnitsService,
    UnitScope,
    PeopleRepository,
    PeopleService,
    PositionsRepository,
    PositionsService,
  ],
  exports: [UnitsRepository, UnitScope, PeopleRepository],
})
export class OrganisationModule {}
