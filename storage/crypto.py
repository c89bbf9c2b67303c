"""Addresses (phone numbers, chat ids) encrypted at rest, and found again by a keyed HMAC."""

from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MIN_SECRET_LENGTH = 16


class AddressCipher:
    """Two keys are derived from ``CALLBACKS_SECRET_KEY`` with HKDF: one encrypts (Fernet), one looks up."""

    def __init__(self, secret: str) -> None:
        if len(secret) < MIN_SECRET_LENGTH:
            raise ValueError(f"CALLBACKS_SECRET_KEY must be at least {MIN_SECRET_LENGTH} characters")
        self._fernet = Fernet(base64.urlsafe_b64encode(_derive(secret, b"callbacks address encryption")))
        self._lookup_key = _derive(secret, b"callbacks address lookup")
        self._secret = secret

    def derive_key(self, purpose: bytes) -> bytes:
        """Another 32-byte key from the same secret, for another purpose (e.g. the session cookie)."""
        return _derive(self._secret, purpose)

    def encrypt(self, address: str) -> bytes:
        return self._fernet.encrypt(address.encode())

    def decrypt(self, cipher: bytes) -> str:
        try:
            return self._fernet.decrypt(cipher).decode()
        except InvalidToken:
            raise ValueError("this address was encrypted with another CALLBACKS_SECRET_KEY") from None

    def encrypt_bytes(self, data: bytes) -> bytes:
        """Anything else that may hold an address (a raw webhook body), with the same key."""
        return self._fernet.encrypt(data)

    def decrypt_bytes(self, cipher: bytes) -> bytes:
        try:
            return self._fernet.decrypt(cipher)
        except InvalidToken:
            raise ValueError("this was encrypted with another CALLBACKS_SECRET_KEY") from None

    def lookup(self, channel: str, address: str) -> str:
        message = f"{channel}:{address.strip()}".encode()
        return hmac.new(self._lookup_key, message, hashlib.sha256).hexdigest()


def _derive(secret: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(secret.encode())
