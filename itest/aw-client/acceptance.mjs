// ActivityWatch's own JavaScript client (aw-client from npm) against Stint's /api/0.
// Usage: node acceptance.mjs <baseUrl> [token]   (no token: a loopback client of a single-user Stint)
// Prints one line per step; exits non-zero at the first failure.
import assert from "node:assert/strict";
import awClient from "aw-client";

const { AWClient } = awClient;
const baseURL = process.argv[2] ?? "http://127.0.0.1:8080";
const token = process.argv[3] ?? process.env.STINT_TOKEN;
const client = new AWClient("stint-acceptance", { baseURL, timeout: 15000 });
if (token) {
    client.req.defaults.headers.common.Authorization = `Bearer ${token}`;
}

const run = Date.now().toString(36);
const host = "acceptance-host";
const windowBucket = `aw-watcher-window_${host}-${run}`;
const afkBucket = `aw-watcher-afk_${host}-${run}`;
const t0 = new Date(Date.UTC(2024, 4, 1, 10, 0, 0));
const at = (seconds) => new Date(t0.getTime() + seconds * 1000);

let failures = 0;
async function step(name, body) {
    try {
        await body();
        console.log(`ok   ${name}`);
    } catch (e) {
        failures++;
        const detail = e.response ? `HTTP ${e.response.status} ${JSON.stringify(e.response.data)}` : (e.stack ?? e);
        console.log(`FAIL ${name}: ${e.message}\n     ${detail}`);
        process.exit(1);
    }
}

await step("getInfo answers hostname, version and testing", async () => {
    const info = await client.getInfo();
    assert.equal(typeof info.hostname, "string");
    assert.equal(typeof info.version, "string");
    assert.equal(typeof info.testing, "boolean");
});

await step("createBucket creates a window and an AFK bucket", async () => {
    await client.createBucket(windowBucket, "currentwindow", host);
    await client.createBucket(afkBucket, "afkstatus", host);
});

await step("creating an existing bucket answers 304 (ensureBucket: alreadyExist)", async () => {
    assert.deepEqual(await client.ensureBucket(windowBucket, "currentwindow", host), { alreadyExist: true });
    await assert.rejects(client.createBucket(windowBucket, "currentwindow", host),
        (e) => e.response && e.response.status === 304);
});

await step("getBuckets lists them keyed by id; getBucketInfo reads one", async () => {
    const buckets = await client.getBuckets();
    assert.equal(buckets[windowBucket].id, windowBucket);
    assert.equal(buckets[windowBucket].type, "currentwindow");
    assert.equal(buckets[windowBucket].client, "stint-acceptance");
    assert.equal(buckets[windowBucket].hostname, host);
    assert.ok(buckets[windowBucket].created instanceof Date && !isNaN(buckets[windowBucket].created));
    const info = await client.getBucketInfo(afkBucket);
    assert.equal(info.type, "afkstatus");
    assert.deepEqual(info.data, {});
});

await step("heartbeats with equal data merge into one event whose duration grows", async () => {
    const data = { app: "firefox", title: "Inbox" };
    for (const s of [0, 1, 2, 3, 5]) {
        await client.heartbeat(windowBucket, 10, { timestamp: at(s), duration: 0, data });
    }
    const events = await client.getEvents(windowBucket);
    assert.equal(events.length, 1);
    assert.equal(events[0].timestamp.getTime(), t0.getTime());
    assert.equal(events[0].duration, 5);
    assert.deepEqual(events[0].data, data);
});

await step("a heartbeat with changed data starts a new event", async () => {
    await client.heartbeat(windowBucket, 10, { timestamp: at(6), duration: 0, data: { app: "code", title: "a.ts" } });
    await client.heartbeat(windowBucket, 10, { timestamp: at(9), duration: 0, data: { app: "code", title: "a.ts" } });
    const events = await client.getEvents(windowBucket);
    assert.equal(events.length, 2);
    assert.equal(events[0].data.app, "code", "newest first");
    assert.equal(events[0].duration, 3);
});

await step("a heartbeat answers the resulting event (raw)", async () => {
    const res = await client.req.post(`/0/buckets/${windowBucket}/heartbeat?pulsetime=10`,
        { timestamp: "2024-05-01T10:00:12.000000+00:00", duration: 1, data: { app: "code", title: "a.ts" } });
    assert.equal(res.data.timestamp, at(6).toISOString(), "merged: the first heartbeat's timestamp, as it was sent");
    assert.equal(res.data.duration, 7);
    assert.equal(typeof res.data.id, "number");
});

await step("insertEvent and insertEvents store events; timestamps come back as sent", async () => {
    await client.insertEvent(afkBucket, { timestamp: at(0), duration: 30, data: { status: "not-afk" } });
    await client.insertEvents(afkBucket, [
        { timestamp: at(30), duration: 60, data: { status: "afk" } },
        { timestamp: at(90), duration: 15, data: { status: "not-afk" } },
    ]);
    const raw = await client.req.get(`/0/buckets/${afkBucket}/events`);
    assert.deepEqual(raw.data.map((e) => e.timestamp), [at(90), at(30), at(0)].map((d) => d.toISOString()));
    const exact = "2024-05-01T12:00:00.363000+00:00";
    await client.req.post(`/0/buckets/${afkBucket}/events`, [{ timestamp: exact, duration: 0, data: { status: "afk" } }]);
    const again = await client.req.get(`/0/buckets/${afkBucket}/events?limit=1`);
    assert.equal(again.data[0].timestamp, exact);
});

await step("getEvents honours start, end and limit", async () => {
    assert.equal((await client.getEvents(afkBucket, { limit: 2 })).length, 2);
    const middle = await client.getEvents(afkBucket, { start: at(40), end: at(80) });
    assert.equal(middle.length, 1);
    assert.equal(middle[0].data.status, "afk");
});

await step("countEvents counts all and by range", async () => {
    assert.equal(await client.countEvents(afkBucket), 4);
    assert.equal(await client.countEvents(afkBucket, at(40), at(80)), 1);
});

await step("getEvent reads one event and deleteEvent removes it", async () => {
    const [newest] = await client.getEvents(afkBucket, { limit: 1 });
    const one = await client.getEvent(afkBucket, newest.id);
    assert.equal(one.id, newest.id);
    await client.deleteEvent(afkBucket, newest.id);
    assert.equal(await client.countEvents(afkBucket), 3);
    await assert.rejects(client.getEvent(afkBucket, newest.id), (e) => e.response && e.response.status === 404);
});

await step("query: top applications by merge_events_by_keys and sort_by_duration", async () => {
    const query = [
        `events = query_bucket("${windowBucket}");`,
        `events = merge_events_by_keys(events, ["app"]);`,
        `events = sort_by_duration(events);`,
        `RETURN = events;`,
    ];
    // aw-client 0.3.7 sends nothing with { cache: false } (it filters periods by an empty cache list): use its default
    const [result] = await client.query([{ start: at(-60), end: at(3600) }], query);
    assert.deepEqual(result.map((e) => e.data.app), ["code", "firefox"]);
    assert.equal(result[0].duration, 7);
    assert.equal(result[1].duration, 5);
});

await step("export answers every bucket with its events", async () => {
    const one = await client.req.get(`/0/buckets/${windowBucket}/export`);
    assert.equal(one.data.buckets[windowBucket].events.length, 2);
    const all = await client.req.get("/0/export");
    assert.equal(all.data.buckets[afkBucket].events.length, 3);
    assert.equal(all.data.buckets[afkBucket].type, "afkstatus");
});

await step("errors answer ActivityWatch's {message}", async () => {
    await assert.rejects(client.getEvents(`no-such-bucket-${run}`),
        (e) => e.response.status === 404 && typeof e.response.data.message === "string");
    await assert.rejects(client.req.post(`/0/buckets/${windowBucket}/heartbeat`, { timestamp: at(0), data: {} }),
        (e) => e.response.status === 400 && typeof e.response.data.message === "string");
});

await step("deleteBucket removes both buckets", async () => {
    await client.deleteBucket(windowBucket);
    await client.deleteBucket(afkBucket);
    const buckets = await client.getBuckets();
    assert.equal(buckets[windowBucket], undefined);
    assert.equal(buckets[afkBucket], undefined);
});

console.log(failures === 0 ? "aw-client acceptance: all steps passed" : `aw-client acceptance: ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
