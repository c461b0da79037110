"""An aiosmtpd handler that writes every message it accepts to a directory, one .eml file each.

Used by test/support/smtp-server.ts: python -m aiosmtpd -n -l 127.0.0.1:<port> -c smtp_capture_handler.CaptureHandler <dir>
"""
import os
import time
import uuid


class CaptureHandler:
    def __init__(self, directory):
        self.directory = directory

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("CaptureHandler takes one argument: the directory to write messages to")
        return cls(args[0])

    async def handle_DATA(self, server, session, envelope):
        name = "%d-%s.eml" % (time.time_ns(), uuid.uuid4().hex)
        partial = os.path.join(self.directory, name + ".partial")
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        with open(partial, "wb") as f:
            f.write(("X-Envelope-From: %s\r\nX-Envelope-To: %s\r\n" % (envelope.mail_from, ", ".join(envelope.rcpt_tos))).encode("utf-8"))
            f.write(content)
        # Renamed when complete, so a reader never sees half a message.
        os.rename(partial, os.path.join(self.directory, name))
        return "250 Message accepted for delivery"
