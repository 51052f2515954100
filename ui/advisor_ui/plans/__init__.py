"""The implementation plan (editable actions) and the voucher request."""
