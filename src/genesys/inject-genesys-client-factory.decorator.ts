import { Inject } from '@nestjs/common';
import { GenesysClientFactory } from './genesys-client.factory.js';

/** Injects the `GenesysClientFactory` (the class is the token; this names the intent). */
export const InjectGenesysClientFactory = (): PropertyDecorator & ParameterDecorator => Inject(GenesysClientFactory);
