#!/usr/bin/env python3
"""A minimal SMTP sink for bench/failover: accepts every message and appends the
recipients of each one to a log file only once the final "." has arrived, so a
transaction a client abandons mid-way is not counted.

    recipient-sink.py PORT LOGFILE
"""
import asyncio
import sys

PORT = int(sys.argv[1])
LOG = open(sys.argv[2], "a", buffering=1)


async def session(reader, writer):
    def reply(line):
        writer.write((line + "\r\n").encode())

    reply("220 recipient-sink ESMTP")
    recipients = []
    try:
        while True:
            line = await reader.readline()
            if not line:
                return
            command = line.decode("ascii", "replace").strip()
            upper = command.upper()
            if upper.startswith("EHLO"):
                writer.write(b"250-recipient-sink\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
            elif upper.startswith("MAIL FROM:"):
                recipients = []
                reply("250 OK")
            elif upper.startswith("RCPT TO:"):
                recipients.append(command[8:].strip().strip("<>"))
                reply("250 OK")
            elif upper == "DATA":
                reply("354 go ahead")
                while True:
                    data = await reader.readline()
                    if not data:
                        return  # connection lost mid-message: nothing is counted
                    if data in (b".\r\n", b".\n"):
                        break
                for recipient in recipients:
                    LOG.write(recipient + "\n")
                recipients = []
                reply("250 2.0.0 accepted")
            elif upper == "QUIT":
                reply("221 bye")
                await writer.drain()
                return
            else:
                reply("250 OK")
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        return
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", PORT, limit=1 << 20)
    async with server:
        await server.serve_forever()


asyncio.run(main())
