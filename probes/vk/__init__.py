"""VK: what the channel is and the persona's VK account. The channel itself (vk_api: messages.send, long poll,
catch-up) is probes.vk.channel, imported only when a run or a watcher needs it."""

from __future__ import annotations

from pydantic import Field

from probes.base import Account, ChannelSpec, normalize_peer


class VkAccount(Account):
    token_env: str = Field(description="name of the environment variable holding the persona's VK user access token")
    api_url: str = Field("https://api.vk.ru/method/", description="VK API base; the tests and sandbox use a local one")
    api_version: str = "5.199"

    def secret_names(self) -> list[str]:
        return [self.token_env]


SPEC = ChannelSpec("vk", implementation="probes.vk.channel:VkChannel", account=VkAccount, needs_account="vk",
                   rate_limit=20, normalise=normalize_peer, answers="chat", simulator="audit.sandbox.peers:VkPeer")
