import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  EmailAddress as EmailAddressData,
  VerificationResponse,
} from '../generated/types.js';
import { Collection, Handle, callable, locateById, type Callable, type OperationParams } from './base.js';

/** `clerk.emailAddresses`: create one; `clerk.emailAddresses(id)` for one address. */
export class EmailAddressesCollection extends Collection<EmailAddressHandle> {
  static override readonly fluentPath = 'clerk.emailAddresses';

  protected $handle(emailAddressId: string): EmailAddressHandle {
    return this.$nested(EmailAddressHandle, { email_address_id: emailAddressId });
  }

  /** Adds an email address to a user (`POST /email_addresses`). */
  create(params: OperationParams<'CreateEmailAddress'>, options?: RequestOptions): Promise<EmailAddress> {
    return this.$record('create', EmailAddress, ops.CreateEmailAddress, params, options);
  }

  /** Retrieves an email address; the same as `clerk.emailAddresses(id).get()`. */
  get(emailAddressId: string, options?: RequestOptions): Promise<EmailAddress> {
    return this.$handle(emailAddressId).get(options);
  }
}

/** `clerk.emailAddresses(id)`, also the methods of an `EmailAddress` record. */
export class EmailAddressHandle extends Handle {
  static override readonly fluentPath = 'clerk.emailAddresses(…)';

  /** Retrieves the email address (`GET /email_addresses/{email_address_id}`). */
  get(options?: RequestOptions): Promise<EmailAddress> {
    return this.$record('get', EmailAddress, ops.GetEmailAddress, undefined, options);
  }

  /** Updates the email address (`PATCH /email_addresses/{email_address_id}`). */
  update(params: OperationParams<'UpdateEmailAddress'>, options?: RequestOptions): Promise<EmailAddress> {
    return this.$record('update', EmailAddress, ops.UpdateEmailAddress, params, options);
  }

  /** Deletes the email address (`DELETE /email_addresses/{email_address_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteEmailAddress, undefined, options);
  }

  /** Sends a verification to the address (`POST /email_addresses/{email_address_id}/prepare_verification`). */
  prepareVerification(options?: RequestOptions): Promise<VerificationResponse> {
    return this.$call('prepareVerification', ops.PrepareEmailAddressVerification, undefined, options);
  }

  /** Completes a verification with the code received (`POST /email_addresses/{email_address_id}/attempt_verification`). */
  attemptVerification(params: OperationParams<'AttemptEmailAddressVerification'>, options?: RequestOptions): Promise<VerificationResponse> {
    return this.$call('attemptVerification', ops.AttemptEmailAddressVerification, params, options);
  }
}

export interface EmailAddress extends EmailAddressData {}
/** An email address, as a record (`user.emailAddresses[i]` too). */
export class EmailAddress extends EmailAddressHandle {
  static schema = 'EmailAddress';
  static locate = locateById('email_address_id');

  /** Fetches the address again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
