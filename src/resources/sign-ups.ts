import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type { SignUp as SignUpData, UpdateSignUpBody } from '../generated/types.js';
import { Collection, Handle, locateById } from './base.js';

/** `clerk.signUps`: `clerk.signUps(id)` for one sign-up attempt. */
export class SignUpsCollection extends Collection<SignUpHandle> {
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
  /** Retrieves the sign-up attempt (`GET /sign_ups/{id}`). */
  get(options?: RequestOptions): Promise<SignUp> {
    return this.$record(SignUp, ops.GetSignUp, undefined, options);
  }

  /**
   * Sets the attempt's external id or custom-action flag while it is in progress
   * (`PATCH /sign_ups/{id}`). On a record, the record refreshes itself.
   */
  update(params: UpdateSignUpBody, options?: RequestOptions): Promise<SignUp> {
    return this.$record(SignUp, ops.UpdateSignUp, params, options);
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
