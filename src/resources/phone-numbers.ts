import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  PhoneNumber as PhoneNumberData,
  VerificationResponse,
} from '../generated/types.js';
import { Collection, Handle, callable, locateById, type Callable, type OperationParams } from './base.js';

/** `clerk.phoneNumbers`: create one; `clerk.phoneNumbers(id)` for one number. */
export class PhoneNumbersCollection extends Collection<PhoneNumberHandle> {
  static override readonly fluentPath = 'clerk.phoneNumbers';

  protected $handle(phoneNumberId: string): PhoneNumberHandle {
    return this.$nested(PhoneNumberHandle, { phone_number_id: phoneNumberId });
  }

  /** Adds a phone number to a user (`POST /phone_numbers`). */
  create(params: OperationParams<'CreatePhoneNumber'>, options?: RequestOptions): Promise<PhoneNumber> {
    return this.$record('create', PhoneNumber, ops.CreatePhoneNumber, params, options);
  }

  /** Retrieves a phone number; the same as `clerk.phoneNumbers(id).get()`. */
  get(phoneNumberId: string, options?: RequestOptions): Promise<PhoneNumber> {
    return this.$handle(phoneNumberId).get(options);
  }
}

/** `clerk.phoneNumbers(id)`, also the methods of an `PhoneNumber` record. */
export class PhoneNumberHandle extends Handle {
  static override readonly fluentPath = 'clerk.phoneNumbers(…)';

  /** Retrieves the phone number (`GET /phone_numbers/{phone_number_id}`). */
  get(options?: RequestOptions): Promise<PhoneNumber> {
    return this.$record('get', PhoneNumber, ops.GetPhoneNumber, undefined, options);
  }

  /** Updates the phone number (`PATCH /phone_numbers/{phone_number_id}`). */
  update(params: OperationParams<'UpdatePhoneNumber'>, options?: RequestOptions): Promise<PhoneNumber> {
    return this.$record('update', PhoneNumber, ops.UpdatePhoneNumber, params, options);
  }

  /** Deletes the phone number (`DELETE /phone_numbers/{phone_number_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeletePhoneNumber, undefined, options);
  }

  /** Sends a verification code to the number (`POST /phone_numbers/{phone_number_id}/prepare_verification`). */
  prepareVerification(options?: RequestOptions): Promise<VerificationResponse> {
    return this.$call('prepareVerification', ops.PreparePhoneNumberVerification, undefined, options);
  }

  /** Completes a verification with the code received (`POST /phone_numbers/{phone_number_id}/attempt_verification`). */
  attemptVerification(params: OperationParams<'AttemptPhoneNumberVerification'>, options?: RequestOptions): Promise<VerificationResponse> {
    return this.$call('attemptVerification', ops.AttemptPhoneNumberVerification, params, options);
  }
}

export interface PhoneNumber extends PhoneNumberData {}
/** A phone number, as a record (`user.phoneNumbers[i]` too). */
export class PhoneNumber extends PhoneNumberHandle {
  static schema = 'PhoneNumber';
  static locate = locateById('phone_number_id');

  /** Fetches the number again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
