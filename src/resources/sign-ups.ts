import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  SignUp as SignUpData,
} from '../generated/types.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/** `clerk.signUps`: `clerk.signUps(id)` for one sign-up attempt. */
export class SignUpsCollection extends Collection<SignUpHandle> {
  static override readonly fluentPath = 'clerk.signUps';

  protected $handle(signUpId: string): SignUpHandle {
    return this.$nested(SignUpHandle, { id: signUpId });
  }

  /** Retrieves a sign-up attempt (`GET /sign_ups/{id}`); the same as `clerk.signUps(signUpId).get()`. */
  get(signUpId: string, options?: RequestOptions): Promise<SignUp> {
    return this.$handle(signUpId).get(options);
  }
}

/** `clerk.signUps(id)`, also the methods of a `SignUp` record. */
export class SignUpHandle extends Handle {
  static override readonly fluentPath = 'clerk.signUps(…)';

  /** Retrieves the sign-up attempt (`GET /sign_ups/{id}`). */
  get(options?: RequestOptions): Promise<SignUp> {
    return this.$record('get', SignUp, ops.GetSignUp, undefined, options);
  }

  /**
   * Sets the attempt's external id or custom-action flag while it is in progress
   * (`PATCH /sign_ups/{id}`). On a record, the record refreshes itself.
   */
  update(params: OperationParams<'UpdateSignUp'>, options?: RequestOptions): Promise<SignUp> {
    return this.$record('update', SignUp, ops.UpdateSignUp, params, options);
  }
}

export interface SignUp extends SignUpData {}
/** A sign-up attempt, as a record. */
export class SignUp extends SignUpHandle {
  static schema = 'SignUp';
  static locate = locateById('id');

  /** Fetches the attempt again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
