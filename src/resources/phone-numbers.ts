import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  AttemptPhoneNumberVerificationBody,
  CreatePhoneNumberBody,
  DeletedObject,
  PhoneNumber as PhoneNumberData,
  UpdatePhoneNumberBody,
  VerificationResponse,
} from '../generated/types.js';
import { Collection, Handle, callable, locateById, type Callable } from './base.js';

/** `clerk.phoneNumbers`: create one; `clerk.phoneNumbers(id)` for one number. */
export class PhoneNumbersCollection extends Collection<PhoneNumberHandle> {
  protected $handle(phoneNumberId: string): PhoneNumberHandle {
    return this.$nested(PhoneNumberHandle, { phone_number_id: phoneNumberId });
  }

  /** Adds a phone number to a user (`POST /phone_numbers`). */
  create(params: CreatePhoneNumberBody, options?: RequestOptions): Promise<PhoneNumber> {
    return this.$record(PhoneNumber, ops.CreatePhoneNumber, params, options);
  }

  /** Retrieves a phone number; the same as `clerk.phoneNumbers(id).get()`. */
  get(phoneNumberId: string, options?: RequestOptions): Promise<PhoneNumber> {
    return this.$handle(phoneNumberId).get(options);
  }
}

/** `clerk.phoneNumbers(id)`, also the methods of an `PhoneNumber` record. */
export class PhoneNumberHandle extends Handle {
  /** Retrieves the phone number (`GET /phone_numbers/{phone_number_id}`). */
  get(options?: RequestOptions): Promise<PhoneNumber> {
    return this.$record(PhoneNumber, ops.GetPhoneNumber, undefined, options);
  }

  /** Updates the phone number (`PATCH /phone_numbers/{phone_number_id}`). */
  update(params: UpdatePhoneNumberBody, options?: RequestOptions): Promise<PhoneNumber> {
    return this.$record(PhoneNumber, ops.UpdatePhoneNumber, params, options);
  }

  /** Deletes the phone number (`DELETE /phone_numbers/{phone_number_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call(ops.DeletePhoneNumber, undefined, options) as Promise<DeletedObject>;
  }

  /** Sends a verification code to the number (`POST /phone_numbers/{phone_number_id}/prepare_verification`). */
  prepareVerification(options?: RequestOptions): Promise<VerificationResponse> {
    return this.$call(ops.PreparePhoneNumberVerification, undefined, options) as Promise<VerificationResponse>;
  }

  /** Completes a verification with the code received (`POST /phone_numbers/{phone_number_id}/attempt_verification`). */
  attemptVerification(params: AttemptPhoneNumberVerificationBody, options?: RequestOptions): Promise<VerificationResponse> {
    return this.$call(ops.AttemptPhoneNumberVerification, params, options) as Promise<VerificationResponse>;
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
