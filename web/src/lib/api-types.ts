/**
 * Generated from the API's OpenAPI document by `npm run gen:web-types`; do not edit.
 * A unit spec (apps/api/src/tools/web-api-types.spec.ts) fails when this file is stale.
 */

export interface paths {
    "/api/action-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The confirmation page of a one-click link
         * @description An HTML page naming the worker, the action and when the link expires, with a button that POSTs. Never acts: mail scanners open links. Refusals are an HTML page for a browser (`Accept: text/html`), problem details otherwise. Rate-limited per client IP (ACTION_LINK_RATE_LIMIT_PER_MINUTE).
         */
        get: operations["ActionLinks_show"];
        put?: never;
        /**
         * Do what a one-click link says
         * @description Keeps the worker running for 1 or 4 hours (its keep-running override) or stops it, as the link's recipient "through an e-mail link" in the timeline. Works once; refused when expired, changed, or when the state moved on. Answers an HTML page; refusals as for GET.
         */
        post: operations["ActionLinks_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the identity provider sends the browser back
         * @description Verifies state, nonce and PKCE, creates the session and redirects to `returnTo`.
         */
        get: operations["Auth_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start signing in to the web console
         * @description Redirects to the identity provider (authorization code + PKCE S256, state and nonce).
         */
        get: operations["Auth_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Ends the session here and returns the identity provider end-session URL to finish there.
         */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is calling
         * @description For console sessions and bearer tokens alike.
         */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * When the console session ends
         * @description Polling this does not count as activity.
         */
        get: operations["Auth_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * "Stay signed in": counts as activity and renews the session
         * @description Cannot go past the absolute session lifetime.
         */
        post: operations["Auth_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Budgets
         * @description Every budget with its status in the month (spend of the workers it covers, projection, thresholds crossed, workers stopped). Amounts are USD estimates.
         */
        get: operations["Budgets_list"];
        put?: never;
        /**
         * Create a budget
         * @description Audited as budget.created.
         */
        post: operations["Budgets_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One budget
         * @description With its status in the current month.
         */
        get: operations["Budgets_get"];
        put?: never;
        post?: never;
        /**
         * Delete a budget
         * @description It stops nothing more; the workers it keeps stopped stay so until their hold ends at the month's end (clear a worker's override to start it earlier). Audited as budget.deleted.
         */
        delete: operations["Budgets_remove"];
        options?: never;
        head?: never;
        /**
         * Change a budget
         * @description Only the fields given change; thresholds already crossed this month stay crossed. Audited as budget.changed.
         */
        patch: operations["Budgets_update"];
        trace?: never;
    };
    "/api/cost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The month at a glance
         * @description Totals so far and projected to the month end, what each saving rule saved, the groups (owners, regions, a tag's values or workers) and spend per day stacked by group. Amounts are US dollars estimated from list prices less the discount (docs/cost.md), never an invoice.
         */
        get: operations["CostReport_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cost/discount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the fleet discount (savings plans, reserved capacity)
         * @description Percent taken off every compute price from now on (not storage: savings plans and reserved instances do not cover EBS). Audited as `cost.discount-changed`.
         */
        put: operations["CostPrices_setDiscount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cost/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prices in force
         * @description Every instance price (on-demand Linux, USD/h) and EBS storage price (USD per GiB-month) known, list or admin, and the fleet discount. Figures are list-price estimates.
         */
        get: operations["CostPrices_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cost/prices/instances/{region}/{instanceType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set an instance type's hourly price in a region
         * @description It applies from now on: runs before the change keep the price they had (docs/cost.md, "Prices"). Audited as `cost.price-changed` with the admin.
         */
        put: operations["CostPrices_setInstance"];
        post?: never;
        /**
         * Clear an admin's instance price: back to the list price
         * @description It applies from now on: runs before the change keep the price they had (docs/cost.md, "Prices"). Audited as `cost.price-changed` with the admin.
         */
        delete: operations["CostPrices_clearInstance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cost/prices/storage/{region}/{volumeType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set an EBS volume type's storage price in a region
         * @description It applies from now on: runs before the change keep the price they had (docs/cost.md, "Prices"). Audited as `cost.price-changed` with the admin.
         */
        put: operations["CostPrices_setStorage"];
        post?: never;
        /**
         * Clear an admin's storage price: back to the list price
         * @description It applies from now on: runs before the change keep the price they had (docs/cost.md, "Prices"). Audited as `cost.price-changed` with the admin.
         */
        delete: operations["CostPrices_clearStorage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cost/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every worker’s cost in a month
         * @description Terminated workers of the month included, largest total first. Amounts are US dollars estimated from list prices less the discount (docs/cost.md), never an invoice.
         */
        get: operations["CostReport_workers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cost/workers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The month per worker as CSV
         * @description One row per worker, units in the column names (compute_usd, running_hours ...). Amounts are US dollars estimated from list prices less the discount (docs/cost.md), never an invoice.
         */
        get: operations["CostReport_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events from the log
         * @description The fleet activity: filtered by worker, type, who caused them (`actor`) and when they occurred (`from`, `to`). With `after`: the events that followed it, oldest first (catch-up). With `before`: the events before it, newest first (paging back; pass `nextBefore`). Without either: the newest `limit` events, oldest first or, with `order=newest-first`, newest first. Same worker and type filters and event shape as the stream, plus `actor`. `GET /api/events.csv` exports the same filter.
         */
        get: operations["Events_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events from the log as CSV
         * @description The filter of `GET /api/events` (workerIds, types, actor, from, to), newest first, at most 100000 events (narrow the time range for more). Columns: event_id, occurred_at_utc, type, worker_id, actor_kind, actor_id, actor_name, data_json; `data_json` is the payload as JSON. Read from the log and written out page by page.
         */
        get: operations["EventsCsv_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The live event stream (SSE), resumable with Last-Event-ID
         * @description Server-Sent Events (`text/event-stream`). The stream starts with `retry: <ms>`, then, when resuming,
         *     the events missed since `Last-Event-ID` (or `?lastEventId=`) in order, then `event: ready`, then live events.
         *
         *     Each domain event is one frame:
         *
         *         id: <event id>
         *         event: <event type>
         *         data: {"id","type","workerId","at","data"}
         *
         *     whose data is a `StreamEventResponse` (as in `GET /api/events`): `data` is the payload schema of its `type`
         *     (`<Name>EventData`, e.g. `WorkerStatusChangedEventData` for `worker.status-changed`).
         *
         *     An event addressed to one person (`notification.created`, whose `data.recipient` names them) is sent only to
         *     that person's streams; `GET /api/events` leaves out those addressed to others as well.
         *
         *     Control frames carry no `id`: `heartbeat` (every SSE_HEARTBEAT_SECONDS), `ready` (live from here on),
         *     `resync` (too much was missed to replay: refetch what you show), `overflow` (the client read too slowly and is
         *     disconnected) and `auth.expired` (the session ended or the token expired; the stream then closes).
         *     Reading the stream does not extend a console session.
         *
         *     A caller may hold SSE_MAX_STREAMS_PER_IDENTITY streams open on one app instance (default 10), and an instance serves
         *     SSE_MAX_STREAMS_PER_INSTANCE in all (default 1000); one more is refused with 429 `EVENTS.TOO_MANY_STREAMS` and
         *     Retry-After (`details.limit` is `per-identity` or `per-instance`). A closed stream frees its slot.
         */
        get: operations["Events_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up and serving HTTP */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: MongoDB (and Redis when configured) answer
         * @description Answers 503 while a required dependency is unreachable, and from SIGTERM on while the instance drains before it stops (`HEALTH.DRAINING`), so a load balancer stops sending traffic.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holiday-calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Holiday calendars
         * @description Every calendar not deleted, each with the schedules that use it.
         */
        get: operations["HolidayCalendars_list"];
        put?: never;
        /** Create a holiday calendar from typed days */
        post: operations["HolidayCalendars_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holiday-calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One holiday calendar */
        get: operations["HolidayCalendars_get"];
        /** Replace a calendar's name and days */
        put: operations["HolidayCalendars_update"];
        post?: never;
        /**
         * Delete a holiday calendar
         * @description Refused while a schedule uses it.
         */
        delete: operations["HolidayCalendars_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holiday-calendars/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a holiday calendar from an iCalendar file (.ics)
         * @description Send the file as a text/calendar body with ?name=, or JSON {"name", "ics"}. At most 1 MiB. Every event's days are taken (a multi-day all-day event gives each of its days); repeating events are expanded from last year to three years ahead.
         */
        post: operations["HolidayCalendars_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scheduled jobs with their schedule, last run and next run */
        get: operations["Jobs_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a job now
         * @description Answers 202 with the run; follow it in GET /api/jobs. A run still going is not started again (409).
         */
        post: operations["Jobs_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{name}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent runs of a job, newest first */
        get: operations["Jobs_recent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/labs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lab records across the fleet
         * @description Filtered, sorted and paged by the database; each item names its worker. Records only (no controller call): sync a worker to refresh its labs.
         */
        get: operations["Labs_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notification channels
         * @description Each with how its newest delivery went. Secrets are never shown, only `secretSet`.
         */
        get: operations["NotificationChannels_list"];
        put?: never;
        /**
         * Add a notification channel
         * @description A generic webhook signs each request (`X-CML-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, docs/stop-and-start.md).
         */
        post: operations["NotificationChannels_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notification channel */
        get: operations["NotificationChannels_get"];
        /**
         * Replace a notification channel
         * @description Without `secret`, a webhook keeps the one it has.
         */
        put: operations["NotificationChannels_update"];
        post?: never;
        /**
         * Delete a notification channel
         * @description Deliveries still queued for it fail with "the channel was deleted".
         */
        delete: operations["NotificationChannels_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-channels/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test message
         * @description Queued and sent by the notification-delivery job like any notification (with its retries); its outcome shows as the channel's `lastDelivery`.
         */
        post: operations["NotificationChannels_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications
         * @description Newest first, with the count of all your unread ones. New ones also arrive on the live stream as `notification.created` (only on your own streams).
         */
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read */
        post: operations["Notifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What you are notified about
         * @description Until you save them: every kind, about the workers you (or your group) own, at the e-mail address of your sign-in.
         */
        get: operations["Notifications_preferences"];
        /**
         * Choose what you are notified about
         * @description `kinds` you receive (in the console and by e-mail), and `scope`: the workers you own, or every worker.
         */
        put: operations["Notifications_savePreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: operations["Notifications_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The long operations on one subject (a worker), newest first
         * @description A worker page shows the running stop or terminate, step by step, and the last ones.
         */
        get: operations["Operations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A long operation (e.g. license registration): its status and progress */
        get: operations["Operations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reservations
         * @description Reservations not cancelled that end after `from` (default now) and start before `to`, oldest start first; each worker with its lead time.
         */
        get: operations["Reservations_list"];
        put?: never;
        /**
         * Reserve workers for a window
         * @description Name the workers (`workerIds`), or ask for `count` workers matching a tag `selector` (the product picks free ones, running ones first, and says which). The owner of every named worker may reserve it; a manager may reserve any. Each worker is started its lead time before the start (its median boot-to-ready time plus RESERVATION_LEAD_MARGIN_MINUTES, or RESERVATION_LEAD_DEFAULT_MINUTES without history).
         */
        post: operations["Reservations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reservations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reservation */
        get: operations["Reservations_get"];
        put?: never;
        post?: never;
        /**
         * Cancel a reservation
         * @description Its owner or a manager. Its workers go back to what their other rules say at the next reconciler run.
         */
        delete: operations["Reservations_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runtime-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Runtime limits
         * @description Every limit not deleted, each with the workers it applies to now. Where several apply, the shortest counts.
         */
        get: operations["RuntimeLimits_list"];
        put?: never;
        /** Create a runtime limit */
        post: operations["RuntimeLimits_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runtime-limits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One runtime limit */
        get: operations["RuntimeLimits_get"];
        /** Replace a runtime limit */
        put: operations["RuntimeLimits_update"];
        post?: never;
        /** Delete a runtime limit */
        delete: operations["RuntimeLimits_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Schedules
         * @description Every schedule not deleted, by name, each with the workers it applies to now.
         */
        get: operations["Schedules_list"];
        put?: never;
        /**
         * Create a schedule
         * @description Weekly periods (days, HH:mm start and end in the IANA time zone; an end at or before the start runs over midnight), start-stop / start-only / stop-only, an optional holiday calendar, and the workers by id or tag selector.
         */
        post: operations["Schedules_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One schedule */
        get: operations["Schedules_get"];
        /**
         * Replace a schedule's definition
         * @description The same body as creating one; the workers follow the new definition at the next reconciler run.
         */
        put: operations["Schedules_update"];
        post?: never;
        /**
         * Delete a schedule
         * @description Its workers stop following it; it stays stored, marked deleted, for its history.
         */
        delete: operations["Schedules_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scheduling/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The fleet timeline over a range
         * @description Per worker: when it ran (from its timeline), what its rules plan, its reservations and override. At most 31 days.
         */
        get: operations["Power_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Runtime settings
         * @description Every setting an admin may change without a restart: the value in force, whether an admin set it or the environment gives it, the environment's value, its unit and bounds, who changed it last and when, and the version to send with a change.
         */
        get: operations["Settings_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change runtime settings
         * @description Changes the settings named (null: back to the environment's value) on the version read: all or nothing. Every app instance uses the new values at once (within SETTINGS_REFRESH_SECONDS if it missed the notice); a job whose interval changed runs on the new interval from its next slot. Audited as `settings.changed` with the admin and each setting's values before and after.
         */
        patch: operations["Settings_change"];
        trace?: never;
    };
    "/api/system/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Managed regions and the defaults forms start from
         * @description Regions, the default instance type and AMI per region for provisioning, the fleet idle-detection settings and the lab upload limit. Nothing secret.
         */
        get: operations["Defaults_defaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workers
         * @description Filtered, sorted and paged by the database. Terminated and unregistered workers are hidden unless an admin asks for them. Items leave out `actions` unless `include=actions` asks for them (GET /api/workers/{id} always has them).
         */
        get: operations["Workers_list"];
        put?: never;
        /**
         * Provision a new worker
         * @description Answers 202 with the worker in `pending`; the instance is launched in the background and the worker ends `running` or `failed` (with the reason).
         */
        post: operations["Workers_provision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workers list as CSV
         * @description Every worker the same query of `GET /api/workers` lists (status, region, q, includeTerminated, includeUnregistered, sort), all pages (at most 10000), with this month's cost. Columns: worker_id, name, status, service_status, region, instance_type, instance_id, owner, public_ip, private_ip, endpoint, created_at_utc, launched_at_utc, idle_detection, ec2_cpu_percent, ec2_memory_percent, cml_cpu_percent, cml_memory_percent, cml_disk_percent, running_nodes, labs, telemetry_at_utc, cost_month, compute_usd, storage_usd, total_usd, projected_usd, saved_usd, rate_now_usd_per_hour. Amounts are US dollars estimated from list prices (docs/cost.md).
         */
        get: operations["WorkersCsv_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One worker
         * @description With what the caller may do to it now and what it costs this month.
         */
        get: operations["Workers_get"];
        put?: never;
        post?: never;
        /**
         * Stop managing the worker (unregister)
         * @description The record and its history stay. With terminateInstance=true the instance is terminated first; if EC2 refuses, nothing changes.
         */
        delete: operations["Workers_unregister"];
        options?: never;
        head?: never;
        /** Change name, CML endpoint override or idle detection */
        patch: operations["Workers_update"];
        trace?: never;
    };
    "/api/workers/{id}/compute-hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The compute hosts of the worker's CML cluster
         * @description As the controller registers them (CML `GET /system/compute_hosts`): admission state, whether each is connected and in sync, and its node counts; the controller's own host first. Counts against the worker's LAB_CONTROLLER_READS_PER_MINUTE.
         */
        get: operations["WorkerLabs_computeHosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The worker's audit timeline, newest first
         * @description Every change: what, when, and who (user, service account or the system).
         */
        get: operations["Workers_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/idle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Idle state and recent decisions
         * @description Last activity and its source, the timeout, snooze, the pending warning and planned stop, and the last decisions with their reasons.
         */
        get: operations["WorkerInsights_idle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/idle/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Keep the worker running (no idle stop) for some minutes or until a time
         * @description Cancels a pending idle warning.
         */
        post: operations["WorkerInsights_snooze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/image-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Image definitions installed on the controller
         * @description Counts against the worker's LAB_CONTROLLER_READS_PER_MINUTE.
         */
        get: operations["WorkerLabs_imageDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/labs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The worker's lab records
         * @description From the records (no controller call): filtered, sorted and paged by the database. Run a sync to refresh them.
         */
        get: operations["WorkerLabs_list"];
        put?: never;
        /**
         * Create a lab from a topology file (upload)
         * @description Send the CML topology YAML either as multipart/form-data in the field `file`, or as the raw body (application/yaml, application/x-yaml, text/yaml, text/x-yaml). At most LAB_UPLOAD_MAX_BYTES (default 5 MiB). The file is checked before it is sent: UTF-8 text, valid YAML (errors name the line), one mapping with `lab` (a mapping) and `nodes` (a list of nodes with `id` and `node_definition`), and `links` whose ends name known nodes. Answers 201 with the new lab record.
         */
        post: operations["WorkerLabs_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/labs/{labId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One lab record with its state history
         * @description Also records of labs that were removed or deleted (history).
         */
        get: operations["WorkerLabs_get"];
        put?: never;
        post?: never;
        /**
         * Delete the lab on the controller
         * @description A started lab is stopped and a stopped one wiped first (CML deletes only wiped labs). The record stays, marked `deleted`, with its history; the answer is that record.
         */
        delete: operations["WorkerLabs_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/labs/{labId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the lab's topology (YAML)
         * @description As CML exports it; an attachment named after the lab title (`<title>.yaml`). Counts against the worker's LAB_CONTROLLER_READS_PER_MINUTE.
         */
        get: operations["WorkerLabs_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/labs/{labId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the lab
         * @description Asks CML, then records the state CML reports. Answers with the lab record.
         */
        post: operations["WorkerLabs_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/labs/{labId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop the lab
         * @description Asks CML, then records the state CML reports. Answers with the lab record.
         */
        post: operations["WorkerLabs_stop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/labs/{labId}/wipe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wipe the lab (discard its nodes' disks)
         * @description CML refuses to wipe a started lab (409 LAB.REFUSED_BY_CML); stop it first. Answers with the lab record.
         */
        post: operations["WorkerLabs_wipe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/labs/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the worker's labs from its controller and update the records
         * @description One call to the controller (lab tiles; older controllers are read lab by lab). New labs are created, changed ones updated (events only for real changes), labs gone from the controller marked removed (their records and history stay). One on-demand sync per worker per LAB_SYNC_MIN_INTERVAL_SECONDS, whoever asks (429 with Retry-After inside it).
         */
        post: operations["WorkerLabs_sync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/license": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register the worker's CML license
         * @description Answers 202 with an operation; follow it at GET /api/operations/{id} until it settles. The token goes to the controller and is never stored or shown.
         */
        post: operations["Workers_registerLicense"];
        /**
         * Deregister the worker's CML license
         * @description Answers 202 with an operation; follow it at GET /api/operations/{id}.
         */
        delete: operations["Workers_deregisterLicense"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CPU, memory, disk and running nodes over time
         * @description Samples from the collection cycles (kept METRICS_RETENTION_DAYS), thinned to at most 500 points.
         */
        get: operations["WorkerInsights_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/node-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Node definitions installed on the controller
         * @description Trimmed to what choosing and sizing nodes needs, with the image definitions of each. Counts against the worker's LAB_CONTROLLER_READS_PER_MINUTE.
         */
        get: operations["WorkerLabs_nodeDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Keep the worker running, or stopped, until a time
         * @description Wins over its schedules and runtime limit (a reservation still wins) and expires by itself. Replaces an override in force. The worker's owner or a manager.
         */
        put: operations["Workers_setOverride"];
        post?: never;
        /**
         * Clear the worker's override
         * @description It goes back to its schedules at once. Nothing to clear is no error. The worker's owner or a manager.
         */
        delete: operations["Workers_clearOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the worker's owner
         * @description A username or `group:<name>`; an empty string clears it. Recorded in the timeline (`worker.owner-changed`).
         */
        put: operations["Workers_setOwner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/power": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Why a worker is running or stopped, and what happens next
         * @description Computed live from the rules in force, by precedence: reservation (with its warm-up) > override > schedule (a manual start or stop respected until the next window edge) > runtime limit > none. The reconciler acts on the same decision.
         */
        get: operations["Power_power"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-read EC2 state and status checks now
         * @description Throttled per worker (WORKER_REFRESH_MIN_INTERVAL_SECONDS): 429 with Retry-After inside the interval.
         */
        post: operations["Workers_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the worker
         * @description 202 when EC2 was asked to start it; 200 when it already runs (nothing to do). The manager role, or the worker's owner.
         */
        post: operations["Workers_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop the worker
         * @description 202 when EC2 was asked to stop it; 200 when it is already stopped or stopping. The manager role, or the worker's owner.
         */
        post: operations["Workers_stop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit the instance's EC2 tags
         * @description `set` adds or changes keys, `remove` deletes keys; other tags stay. ManagedBy and cml-worker-id cannot be changed or removed.
         */
        patch: operations["Workers_tags"];
        trace?: never;
    };
    "/api/workers/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate the worker, carefully
         * @description A long operation (`operation` in the answer): stop and wipe the labs, export their topologies to S3 (WORKER_TOPOLOGY_EXPORT_BUCKET), release the licence, then terminate the instance (docs/stop-and-start.md). With `force`, an unreachable controller is not waited for. The worker stays managed until EC2 reports it terminated; its history stays forever.
         */
        post: operations["Workers_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/discovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find EC2 instances of a region, each marked managed (with its worker) or not
         * @description Filter by at most one of instanceId, amiId or amiName.
         */
        get: operations["Workers_discover"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/discovery/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The AMIs an AMI id or name pattern matches in a region, newest first
         * @description Give exactly one of amiId or amiName. Says whether an empty discovery found no AMI or an AMI without instances.
         */
        get: operations["Workers_images"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import existing instances as workers
         * @description One instance (by instanceId, or the newest unmanaged match of amiId/amiName): 201 with the worker. `all`: every match, 200 with imported and skipped. `dryRun`: 200 with what would happen, nothing written. Terminated instances are never imported; already-managed matches are skipped.
         */
        post: operations["Workers_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/instance-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The instance types a region offers, for the provisioning form
         * @description From EC2 (DescribeInstanceTypeOfferings + DescribeInstanceTypes), kept WORKER_INSTANCE_TYPES_CACHE_MINUTES. Bare metal first, then nested virtualisation, then the types CML cannot run on. Each with its on-demand Linux list price when known (null otherwise).
         */
        get: operations["Workers_instanceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/launch-ami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The AMI a launch would use
         * @description Resolved as provisioning does it, now: amiId, else the newest AMI named like amiName, else the region default (WORKER_DEFAULT_AMI_IDS, then WORKER_DEFAULT_AMI_NAME).
         */
        get: operations["Workers_launchAmi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/network-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The subnets, security groups and key pairs of a region, for the provisioning form
         * @description From EC2 now (DescribeSubnets, DescribeSecurityGroups, DescribeKeyPairs), with the defaults a launch uses when none is named: the configured ones (WORKER_SUBNET_ID, WORKER_SECURITY_GROUP_IDS, WORKER_KEY_NAME), else the default VPC's first default subnet and that VPC's `default` group. Provisioning refuses groups of another VPC than the subnet's.
         */
        get: operations["Workers_networkOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/region/{region}/workers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import workers (earlier product route)
         * @deprecated
         * @description Deprecated: use POST /api/workers/import. Body `{aws_instance_id | ami_id | ami_name, name?, import_all?}`; answers the earlier shapes.
         */
        post: operations["LegacyImport_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActionAvailabilityResponse: {
            /** @description True when the caller may take the action now and it would change something */
            allowed: boolean;
            /**
             * @description Why not: the role the caller lacks, or what the status refuses (the words the API answers the request with)
             * @example The worker is already stopped.
             */
            reason?: string;
            /**
             * @description What refused it: `role` (the caller's role; it stays refused whatever the worker does, so the console hides it) or `state` (the worker's status; shown disabled with the reason)
             * @enum {string}
             */
            refusedBy?: "role" | "state";
        };
        ActorResponse: {
            /** @example f3c1... */
            id: string;
            /** @enum {string} */
            kind: "user" | "service" | "system";
            /** @example admin */
            name: string;
        };
        ActualPeriodResponse: {
            /** @description Absent: still running */
            end?: string;
            start: string;
        };
        AmiResponse: {
            description?: string;
            /** @example ami-0123456789abcdef0 */
            id?: string;
            /** @example cml-2.9.0-lablet */
            name?: string;
        };
        AssignmentDto: {
            /**
             * @description EC2 tags: every key must be present with one of its values
             * @example {
             *       "team": [
             *         "ccna"
             *       ]
             *     }
             */
            selector?: {
                [key: string]: string[];
            };
            /**
             * @description Workers it applies to by id
             * @example [
             *       "0193b2c4-0000-7000-8000-000000000000"
             *     ]
             */
            workerIds?: string[];
        };
        AssignmentResponse: {
            /**
             * @example {
             *       "team": [
             *         "ccna"
             *       ]
             *     }
             */
            selector?: {
                [key: string]: string[];
            };
            workerIds: string[];
        };
        BudgetActorResponse: {
            /** @example f3c1... */
            id: string;
            /** @enum {string} */
            kind: "user" | "service" | "system";
            /** @example ada */
            name: string;
        };
        /** @description A monthly budget was changed (admin); the payload is its new definition. */
        BudgetChangedEvent: {
            data: components["schemas"]["BudgetChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "budget.changed";
        };
        /**
         * @description A monthly budget was changed (admin); the payload is its new definition.
         * @example {
         *       "name": "CCNA team",
         *       "scope": "tag",
         *       "owner": "alice",
         *       "tagKey": "team",
         *       "tagValue": "ccna",
         *       "monthlyUsd": 2000,
         *       "thresholdsPercent": [
         *         80,
         *         100
         *       ],
         *       "stopAtLimit": true,
         *       "hard": false
         *     }
         */
        BudgetChangedEventData: {
            /**
             * @description Whether that stop applies inside reservations too
             * @example false
             */
            hard: boolean;
            /**
             * @description The monthly budget (USD)
             * @example 2000
             */
            monthlyUsd: number;
            /** @example CCNA team */
            name: string;
            /**
             * @description The owner (scope owner)
             * @example alice
             */
            owner?: string;
            /**
             * @description What it covers: the fleet, one owner's workers, or the workers with one tag value
             * @example tag
             * @enum {string}
             */
            scope: "fleet" | "owner" | "tag";
            /**
             * @description Whether it stops the running workers it covers at 100 %
             * @example true
             */
            stopAtLimit: boolean;
            /**
             * @description The tag key (scope tag)
             * @example team
             */
            tagKey?: string;
            /**
             * @description The tag value (scope tag)
             * @example ccna
             */
            tagValue?: string;
            /**
             * @description Percentages of the budget that notify, ascending
             * @example [
             *       80,
             *       100
             *     ]
             */
            thresholdsPercent: number[];
        };
        /** @description A monthly budget was created (admin). */
        BudgetCreatedEvent: {
            data: components["schemas"]["BudgetCreatedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "budget.created";
        };
        /**
         * @description A monthly budget was created (admin).
         * @example {
         *       "name": "CCNA team",
         *       "scope": "tag",
         *       "owner": "alice",
         *       "tagKey": "team",
         *       "tagValue": "ccna",
         *       "monthlyUsd": 2000,
         *       "thresholdsPercent": [
         *         80,
         *         100
         *       ],
         *       "stopAtLimit": true,
         *       "hard": false
         *     }
         */
        BudgetCreatedEventData: {
            /**
             * @description Whether that stop applies inside reservations too
             * @example false
             */
            hard: boolean;
            /**
             * @description The monthly budget (USD)
             * @example 2000
             */
            monthlyUsd: number;
            /** @example CCNA team */
            name: string;
            /**
             * @description The owner (scope owner)
             * @example alice
             */
            owner?: string;
            /**
             * @description What it covers: the fleet, one owner's workers, or the workers with one tag value
             * @example tag
             * @enum {string}
             */
            scope: "fleet" | "owner" | "tag";
            /**
             * @description Whether it stops the running workers it covers at 100 %
             * @example true
             */
            stopAtLimit: boolean;
            /**
             * @description The tag key (scope tag)
             * @example team
             */
            tagKey?: string;
            /**
             * @description The tag value (scope tag)
             * @example ccna
             */
            tagValue?: string;
            /**
             * @description Percentages of the budget that notify, ascending
             * @example [
             *       80,
             *       100
             *     ]
             */
            thresholdsPercent: number[];
        };
        /** @description A monthly budget was deleted (admin). */
        BudgetDeletedEvent: {
            data: components["schemas"]["BudgetDeletedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "budget.deleted";
        };
        /**
         * @description A monthly budget was deleted (admin).
         * @example {
         *       "name": "CCNA team"
         *     }
         */
        BudgetDeletedEventData: {
            /** @example CCNA team */
            name: string;
        };
        /** @description A budget at 100 % with stopAtLimit stopped one running worker it covers (trigger `budget`) and keeps it stopped to the month's end, or failed to. */
        BudgetLimitEnforcedEvent: {
            data: components["schemas"]["BudgetLimitEnforcedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "budget.limit-enforced";
        };
        /**
         * @description A budget at 100 % with stopAtLimit stopped one running worker it covers (trigger `budget`) and keeps it stopped to the month's end, or failed to.
         * @example {
         *       "budgetId": "0193b2c4-b000-7000-8000-0000000000b1",
         *       "name": "CCNA team",
         *       "month": "2026-12",
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "workerName": "lab-east-1",
         *       "outcome": "stopped",
         *       "reason": "Budget \"CCNA team\" reached 100 % of 2000 USD for 2026-12.",
         *       "keptStoppedUntil": "2027-01-01T00:00:00.000Z"
         *     }
         */
        BudgetLimitEnforcedEventData: {
            /**
             * @description The budget (GET /api/budgets)
             * @example 0193b2c4-b000-7000-8000-0000000000b1
             */
            budgetId: string;
            /**
             * Format: date-time
             * @description Until when a keep-stopped override holds it
             * @example 2027-01-01T00:00:00.000Z
             */
            keptStoppedUntil?: string;
            /**
             * @description The month, YYYY-MM (UTC)
             * @example 2026-12
             */
            month: string;
            /** @example CCNA team */
            name: string;
            /**
             * @example stopped
             * @enum {string}
             */
            outcome: "stopped" | "failed";
            /** @example Budget "CCNA team" reached 100 % of 2000 USD for 2026-12. */
            reason: string;
            /**
             * @description The worker
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
            /** @example lab-east-1 */
            workerName: string;
        };
        BudgetListResponse: {
            items: components["schemas"]["BudgetResponse"][];
        };
        BudgetResponse: {
            createdAt: string;
            createdBy: components["schemas"]["BudgetActorResponse"];
            /** @example false */
            hard: boolean;
            id: string;
            /**
             * @description USD per calendar month (UTC)
             * @example 2000
             */
            monthlyUsd: number;
            /** @example CCNA team */
            name: string;
            scope: components["schemas"]["BudgetScopeResponse"];
            status: components["schemas"]["BudgetStatusResponse"];
            /** @example true */
            stopAtLimit: boolean;
            /**
             * @description Percentages that notify (%)
             * @example [
             *       80,
             *       100
             *     ]
             */
            thresholdsPercent: number[];
            updatedAt: string;
        };
        BudgetScopeDto: {
            /**
             * @description fleet: every worker; owner: the workers of `owner`; tag: the workers whose tag `tagKey` is `tagValue`
             * @example tag
             * @enum {string}
             */
            kind: "fleet" | "owner" | "tag";
            /**
             * @description The owner (a username or group:<name>), for kind owner
             * @example alice
             */
            owner?: string;
            /**
             * @description The tag key, for kind tag
             * @example team
             */
            tagKey?: string;
            /**
             * @description The tag value, for kind tag
             * @example ccna
             */
            tagValue?: string;
        };
        BudgetScopeResponse: {
            /**
             * @example tag
             * @enum {string}
             */
            kind: "fleet" | "owner" | "tag";
            /**
             * @description kind owner
             * @example alice
             */
            owner?: string;
            /**
             * @description kind tag
             * @example team
             */
            tagKey?: string;
            /**
             * @description kind tag
             * @example ccna
             */
            tagValue?: string;
        };
        BudgetStatusResponse: {
            /**
             * @description Thresholds crossed this month (%)
             * @example [
             *       80
             *     ]
             */
            crossedPercent: number[];
            /**
             * @description YYYY-MM (UTC)
             * @example 2026-12
             */
            month: string;
            /**
             * @description spentUsd of monthlyUsd (%)
             * @example 80.62
             */
            percent: number;
            /**
             * @description At the pace so far, the month's total (USD); null in a month's first hour
             * @example 2480.1
             */
            projectedUsd: number | null;
            /**
             * @description Spend of the covered workers so far this month (USD, estimate from list prices less the discount)
             * @example 1612.4
             */
            spentUsd: number;
            /**
             * @description ok below the first threshold, warning from it, exceeded from 100 %
             * @example warning
             * @enum {string}
             */
            state: "ok" | "warning" | "exceeded";
            /**
             * @description Workers the budget stopped at its limit this month (count)
             * @example 0
             */
            stoppedWorkers: number;
            /**
             * @description Covered workers with a cost this month (count)
             * @example 4
             */
            workers: number;
        };
        /** @description A budget's spend this month reached one of its thresholds: raised once per budget, month and threshold; it becomes a `budget-threshold` notification. */
        BudgetThresholdCrossedEvent: {
            data: components["schemas"]["BudgetThresholdCrossedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "budget.threshold-crossed";
        };
        /**
         * @description A budget's spend this month reached one of its thresholds: raised once per budget, month and threshold; it becomes a `budget-threshold` notification.
         * @example {
         *       "budgetId": "0193b2c4-b000-7000-8000-0000000000b1",
         *       "name": "CCNA team",
         *       "month": "2026-12",
         *       "thresholdPercent": 80,
         *       "spentUsd": 1612.4,
         *       "monthlyUsd": 2000,
         *       "scope": "tag",
         *       "owner": "alice",
         *       "tagKey": "team",
         *       "tagValue": "ccna"
         *     }
         */
        BudgetThresholdCrossedEventData: {
            /**
             * @description The budget (GET /api/budgets)
             * @example 0193b2c4-b000-7000-8000-0000000000b1
             */
            budgetId: string;
            /**
             * @description The month, YYYY-MM (UTC)
             * @example 2026-12
             */
            month: string;
            /**
             * @description The monthly budget (USD)
             * @example 2000
             */
            monthlyUsd: number;
            /** @example CCNA team */
            name: string;
            /**
             * @description The owner (scope owner)
             * @example alice
             */
            owner?: string;
            /**
             * @description What it covers: the fleet, one owner's workers, or the workers with one tag value
             * @example tag
             * @enum {string}
             */
            scope: "fleet" | "owner" | "tag";
            /**
             * @description Spend so far this month (USD, estimate)
             * @example 1612.4
             */
            spentUsd: number;
            /**
             * @description The tag key (scope tag)
             * @example team
             */
            tagKey?: string;
            /**
             * @description The tag value (scope tag)
             * @example ccna
             */
            tagValue?: string;
            /**
             * @description The threshold reached (% of the budget)
             * @example 80
             */
            thresholdPercent: number;
        };
        CapacityFallbackResponse: {
            /**
             * @description Starting the stopped instance, or launching a new one
             * @enum {string}
             */
            action: "start" | "provision";
            /**
             * @description Tries so far
             * @example 2
             */
            attempts: number;
            /** @description The next try, while the search goes on (absent: it ended; the timeline says how) */
            next?: components["schemas"]["CapacityNextTryResponse"];
            /**
             * @description The type the instance had (or was asked for) before the fallback
             * @example m5zn.metal
             */
            originalInstanceType: string;
            /**
             * @description Each option tried, as `type` or `type in subnet`
             * @example [
             *       "m5zn.metal",
             *       "m5.metal"
             *     ]
             */
            tried: string[];
        };
        CapacityNextTryResponse: {
            /** @example 2026-12-08T07:31:00.000Z */
            at: string;
            /** @example m5.metal */
            instanceType: string;
            /**
             * @description The subnet of a launch
             * @example subnet-0123456789abcdef0
             */
            subnetId?: string;
        };
        ChannelDeliveryResponse: {
            /**
             * @description Attempts made (count)
             * @example 2
             */
            attempts: number;
            /** @example 2026-12-03T13:55:30.000Z */
            lastAttemptAt?: string;
            /** @example the webhook answered HTTP 500 */
            lastError?: string;
            /** @example 2026-12-03T13:56:30.000Z */
            sentAt?: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            /** @example lab-east-1 will be stopped at 14:05 UTC */
            title: string;
        };
        ChannelTestResponse: {
            /**
             * @description The queued delivery; its outcome shows as the channel's `lastDelivery`
             * @example 0193b2c4-9c00-8000-8000-0000000000e1
             */
            deliveryId: string;
        };
        CmlFreshnessResponse: {
            /**
             * @description When the controller last answered: the facts shown are from then
             * @example 2026-11-25T10:00:00.000Z
             */
            asOf?: string;
            /** @description True while the instance runs and the controller answers: the CML facts are live */
            current: boolean;
            /**
             * @description Why the facts are not current
             * @example The instance is stopping: its controller is not read.
             */
            reason?: string;
        };
        CmlResponse: {
            /** @description Why the last controller sync failed */
            error?: string;
            /** @description Whether these facts are live or the last known ones */
            freshness?: components["schemas"]["CmlFreshnessResponse"];
            /** @description Whether the controller reports itself healthy (CML system health) when it last answered; the service status only says whether it answers */
            healthy?: boolean;
            /** @description When the controller last answered */
            lastReadAt?: string;
            /** @description When the controller was last asked */
            lastSyncedAt?: string;
            /** @description The licence as the controller last reported it (CML `GET /licensing`); absent until licensing was read */
            license?: components["schemas"]["LicenseDetailsResponse"];
            licensed?: boolean;
            /**
             * Format: date-time
             * @description When the licence runs out unless renewed: the earlier of its authorization and registration expiry (an evaluation: the end of its period)
             * @example 2027-02-23T10:00:00.000Z
             */
            licenseExpiresAt?: string;
            /**
             * @description License registration status
             * @example COMPLETED
             */
            licenseStatus?: string;
            ready?: boolean;
            /** @example 2.9.0 */
            version?: string;
        };
        ComponentHealthResponse: {
            /**
             * @example up
             * @enum {string}
             */
            status: "up" | "down";
        };
        ComputeHostResponse: {
            /**
             * @description UNREGISTERED, REGISTERED, ONLINE or READY (only READY hosts take nodes)
             * @example READY
             */
            admissionState?: string;
            /** @description Talks with the controller */
            connected?: boolean;
            /** @example cml-controller */
            hostname: string;
            /** @example 90f84e38-a71c-4d57-8d90-00fa8a197385 */
            id: string;
            /** @description Runs external connectors and unmanaged switches (the controller's own host) */
            isConnector?: boolean;
            /** @description Runs virtual machine nodes */
            isSimulator?: boolean;
            /**
             * @description Nodes running on it (count)
             * @example 4
             */
            runningNodes?: number;
            /**
             * @description Its address on the cluster's internal network
             * @example 192.168.255.1
             */
            serverAddress?: string;
            /** @description Its state is in step with the controller's */
            synced?: boolean;
            /**
             * @description Nodes deployed on it (count)
             * @example 6
             */
            totalNodes?: number;
        };
        ConsoleDefaultsResponse: {
            /** @example us-east-1 */
            defaultRegion: string;
            idle: components["schemas"]["IdleDefaultsResponse"];
            labs: components["schemas"]["LabDefaultsResponse"];
            provisioning: components["schemas"]["ProvisioningDefaultsResponse"];
            /**
             * @description Regions this deployment manages (AWS_REGIONS)
             * @example [
             *       "us-east-1",
             *       "us-west-2"
             *     ]
             */
            regions: string[];
        };
        CostDayResponse: {
            /**
             * @description US dollars per group that day (groups with nothing are left out)
             * @example {
             *       "ada": 50.2,
             *       "bob": 30.2
             *     }
             */
            byGroup: {
                [key: string]: number;
            };
            /**
             * @description UTC day
             * @example 2026-12-01
             */
            day: string;
            /**
             * @description Compute + storage that day, US dollars (an estimate from list prices less the discount)
             * @example 80.4
             */
            totalUsd: number;
        };
        /** @description An admin changed the fleet discount (savings plans, reserved capacity), from now on; it is taken off compute prices, not storage. */
        CostDiscountChangedEvent: {
            data: components["schemas"]["CostDiscountChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "cost.discount-changed";
        };
        /**
         * @description An admin changed the fleet discount (savings plans, reserved capacity), from now on; it is taken off compute prices, not storage.
         * @example {
         *       "from": 0,
         *       "to": 28
         *     }
         */
        CostDiscountChangedEventData: {
            /**
             * @description Percent before (0: none)
             * @example 0
             */
            from: number;
            /**
             * @description Percent from now on
             * @example 28
             */
            to: number;
        };
        CostGroupResponse: {
            /** @example 800.2 */
            computeUsd: number;
            /**
             * @description The owner, region, tag value or worker name; "(no owner)" / "(no <key> tag)" for those without
             * @example ada
             */
            key: string;
            /** @example 1900.5 */
            projectedUsd: number | null;
            /** @example 140 */
            savedUsd: number;
            /** @example 20.1 */
            storageUsd: number;
            /** @example 820.3 */
            totalUsd: number;
            /** @example 4 */
            workers: number;
        };
        /** @description An admin set or cleared a price, from now on: an instance type's hourly price or an EBS volume type's storage price in a region. Runs before the change keep their price. */
        CostPriceChangedEvent: {
            data: components["schemas"]["CostPriceChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "cost.price-changed";
        };
        /**
         * @description An admin set or cleared a price, from now on: an instance type's hourly price or an EBS volume type's storage price in a region. Runs before the change keep their price.
         * @example {
         *       "kind": "instance",
         *       "region": "us-east-1",
         *       "instanceType": "m5zn.metal",
         *       "volumeType": "gp3",
         *       "from": 3.9641,
         *       "to": 3.2
         *     }
         */
        CostPriceChangedEventData: {
            /**
             * @description The admin's price before; absent when the list price was in force
             * @example 3.9641
             */
            from?: number;
            /**
             * @description With kind instance
             * @example m5zn.metal
             */
            instanceType?: string;
            /**
             * @description instance: USD per hour of an instance type; storage: USD per GiB-month of a volume type
             * @example instance
             * @enum {string}
             */
            kind: "instance" | "storage";
            /** @example us-east-1 */
            region: string;
            /**
             * @description The admin's price from now on; absent when cleared (back to the list price)
             * @example 3.2
             */
            to?: number;
            /**
             * @description With kind storage
             * @example gp3
             */
            volumeType?: string;
        };
        CostReportResponse: {
            /** @example 2026-12-03T12:00:00.000Z */
            asOf: string;
            /**
             * @example USD
             * @enum {string}
             */
            currency: "USD";
            /** @description Every day of the month up to today (all of it for a past month) */
            days: components["schemas"]["CostDayResponse"][];
            /**
             * @description The discount in force now, percent (savings plans, reserved capacity)
             * @example 0
             */
            discountPercent: number;
            /**
             * @example owner
             * @enum {string}
             */
            groupBy: "owner" | "region" | "tag" | "worker";
            /** @description Largest total first */
            groups: components["schemas"]["CostGroupResponse"][];
            /** @example 2026-12 */
            month: string;
            /** @description Every saving rule, always all five */
            savedByRule: components["schemas"]["SavedByRuleResponse"][];
            /**
             * @description With groupBy=tag
             * @example team
             */
            tagKey?: string;
            totals: components["schemas"]["CostTotalsResponse"];
        };
        CostTotalsResponse: {
            /**
             * @description Compute, US dollars (an estimate from list prices less the discount)
             * @example 1210.4
             */
            computeUsd: number;
            /**
             * @description Projected to the month end; null when not known for every worker, US dollars (an estimate from list prices less the discount)
             * @example 3020.7
             */
            projectedUsd: number | null;
            /**
             * @description Hours running, in hours
             * @example 311.5
             */
            runningHours: number;
            /**
             * @description Saved, US dollars (an estimate from list prices less the discount)
             * @example 380.1
             */
            savedUsd: number;
            /**
             * @description Storage, US dollars (an estimate from list prices less the discount)
             * @example 40.2
             */
            storageUsd: number;
            /**
             * @description Compute + storage, US dollars (an estimate from list prices less the discount)
             * @example 1250.6
             */
            totalUsd: number;
            /**
             * @description Billed hours whose price is unknown, in hours
             * @example 0
             */
            unpricedHours: number;
            /**
             * @description Workers counted
             * @example 12
             */
            workers: number;
        };
        CreateBudgetBodyDto: {
            /**
             * @description That stop applies inside reservations too
             * @example false
             */
            hard: boolean;
            /**
             * @description US dollars per calendar month (UTC), above 0
             * @example 2000
             */
            monthlyUsd: number;
            /** @example CCNA team */
            name: string;
            scope: components["schemas"]["BudgetScopeDto"];
            /**
             * @description At 100 %, stop the running workers it covers (trigger budget) and keep them stopped to the month's end
             * @example true
             */
            stopAtLimit: boolean;
            /**
             * @description Percentages of monthlyUsd that notify (%), 1 to 200, ascending, each once
             * @example [
             *       80,
             *       100
             *     ]
             */
            thresholdsPercent: number[];
        };
        DesiredPowerResponse: {
            /**
             * @description When the power reconciler decided this (GET /api/workers/{id}/power decides live)
             * @example 2026-11-25T15:00:00.000Z
             */
            decidedAt: string;
            /**
             * @description Why the reconciler last held back
             * @example The worker is stopping; the reconciler waits until it has stopped.
             */
            heldReason?: string;
            /** @description The next few changes of decision, soonest first */
            next: components["schemas"]["PowerTransitionResponse"][];
            /**
             * @description The decision in one sentence
             * @example Schedule "CCNA classroom" has it running until 18:00 Europe/Berlin.
             */
            reason: string;
            rule: components["schemas"]["PowerRuleResponse"];
            /**
             * @description `either`: nothing asks; idle detection may stop it
             * @enum {string}
             */
            state: "running" | "stopped" | "either";
            /**
             * @description When the decision changes next (absent: not within the horizon)
             * @example 2026-11-25T17:00:00.000Z
             */
            until?: string;
        };
        DiscountBodyDto: {
            /**
             * @description Fleet discount on compute (savings plans, reserved capacity), percent: 0 (none) up to, not including, 100; in force from now on
             * @example 28
             */
            percent: number;
        };
        DiscountResponse: {
            /**
             * @description Fleet discount on compute now, percent
             * @example 28
             */
            discountPercent: number;
        };
        DiscoveredInstanceResponse: {
            /** @example ami-0123456789abcdef0 */
            amiId: string;
            amiName?: string;
            /** @description Whether an import would take it */
            importable: boolean;
            /** @example i-0123456789abcdef0 */
            instanceId: string;
            /** @example m5zn.metal */
            instanceType: string;
            launchTime?: string;
            managed: boolean;
            /**
             * @description The Name tag
             * @example lab-7
             */
            name?: string;
            privateIp?: string;
            publicIp?: string;
            /** @example instance is terminated */
            reason?: string;
            /** @example running */
            state: string;
            workerId?: string;
            workerName?: string;
        };
        EventActorResponse: {
            /**
             * @description Stable id: the token subject for people and clients, `system:<job>` for the product
             * @example system:idle-detection
             */
            id: string;
            /**
             * @description A signed-in person, an API client (service account) or the product itself
             * @enum {string}
             */
            kind: "user" | "service" | "system";
            /**
             * @description Username, client id, or the job that acted
             * @example idle-detection
             */
            name: string;
        };
        EventListingResponse: {
            /** @description Oldest first; newest first with `before` or `order=newest-first` */
            items: components["schemas"]["LoggedEventResponse"][];
            /** @description Pass as `after` to get newer events (the newest id read) */
            nextAfter: string | null;
            /** @description Pass as `before` to get older events; null when nothing older matches (and with `after`) */
            nextBefore: string | null;
        };
        EventPageResponse: {
            items: components["schemas"]["EventResponse"][];
            /**
             * @description The last page that can be asked for with this pageSize: the last page of the items, but no deeper than 10000 items (page × pageSize)
             * @example 1
             */
            lastPage: number;
            page: number;
            pageSize: number;
            total: number;
        };
        EventResponse: {
            actor: components["schemas"]["ActorResponse"];
            aggregateId: string;
            /** @example worker */
            aggregateType: string;
            /** @example 3 */
            aggregateVersion: number;
            /** @example 0193b2c4-... */
            id: string;
            /** @example 2026-11-25T10:00:00.000Z */
            occurredAt: string;
        } & (components["schemas"]["BudgetChangedEvent"] | components["schemas"]["BudgetCreatedEvent"] | components["schemas"]["BudgetDeletedEvent"] | components["schemas"]["BudgetLimitEnforcedEvent"] | components["schemas"]["BudgetThresholdCrossedEvent"] | components["schemas"]["CostDiscountChangedEvent"] | components["schemas"]["CostPriceChangedEvent"] | components["schemas"]["HolidayCalendarDeletedEvent"] | components["schemas"]["HolidayCalendarSavedEvent"] | components["schemas"]["LabDeletedEvent"] | components["schemas"]["LabDiscoveredEvent"] | components["schemas"]["LabImportedEvent"] | components["schemas"]["LabRemovedEvent"] | components["schemas"]["LabStateChangedEvent"] | components["schemas"]["LabUpdatedEvent"] | components["schemas"]["NotificationCreatedEvent"] | components["schemas"]["ReservationCancelledEvent"] | components["schemas"]["ReservationCreatedEvent"] | components["schemas"]["RuntimeLimitDeletedEvent"] | components["schemas"]["RuntimeLimitSavedEvent"] | components["schemas"]["ScheduleDeletedEvent"] | components["schemas"]["ScheduleSavedEvent"] | components["schemas"]["SettingsChangedEvent"] | components["schemas"]["SystemStartedEvent"] | components["schemas"]["WorkerCapacityAttemptedEvent"] | components["schemas"]["WorkerCapacityFallbackFailedEvent"] | components["schemas"]["WorkerCmlInfoChangedEvent"] | components["schemas"]["WorkerDesiredPowerChangedEvent"] | components["schemas"]["WorkerEndpointChangedEvent"] | components["schemas"]["WorkerIdleDetectionChangedEvent"] | components["schemas"]["WorkerIdleSnoozedEvent"] | components["schemas"]["WorkerIdleTimeoutChangedEvent"] | components["schemas"]["WorkerIdleWarningClearedEvent"] | components["schemas"]["WorkerIdleWarningIssuedEvent"] | components["schemas"]["WorkerImportedEvent"] | components["schemas"]["WorkerInstanceAssignedEvent"] | components["schemas"]["WorkerInstanceTypeRestoredEvent"] | components["schemas"]["WorkerInstanceUpdatedEvent"] | components["schemas"]["WorkerLicenseDeregistrationFinishedEvent"] | components["schemas"]["WorkerLicenseDeregistrationRequestedEvent"] | components["schemas"]["WorkerLicenseRegistrationFinishedEvent"] | components["schemas"]["WorkerLicenseRegistrationRequestedEvent"] | components["schemas"]["WorkerLicenseReleaseFailedEvent"] | components["schemas"]["WorkerOverrideClearedEvent"] | components["schemas"]["WorkerOverrideSetEvent"] | components["schemas"]["WorkerOwnerChangedEvent"] | components["schemas"]["WorkerPowerHeldEvent"] | components["schemas"]["WorkerPowerOperationFinishedEvent"] | components["schemas"]["WorkerProvisioningFailedEvent"] | components["schemas"]["WorkerProvisioningRequestedEvent"] | components["schemas"]["WorkerRenamedEvent"] | components["schemas"]["WorkerServiceStatusChangedEvent"] | components["schemas"]["WorkerStatusChangedEvent"] | components["schemas"]["WorkerStatusChecksChangedEvent"] | components["schemas"]["WorkerStopWarningIssuedEvent"] | components["schemas"]["WorkerTagsChangedEvent"] | components["schemas"]["WorkerTelemetryChangedEvent"] | components["schemas"]["WorkerTerminatedEvent"] | components["schemas"]["WorkerUnregisteredEvent"] | components["schemas"]["WorkerVolumesChangedEvent"]);
        FailedInstanceResponse: {
            /**
             * @description The error code; INTERNAL for an unexpected failure (the log has the cause)
             * @example INTERNAL
             */
            code: string;
            instanceId: string;
            /** @example Cloud Manager could not record this worker (the log has the cause); import it again. */
            message: string;
        };
        FieldError: {
            /** @example region */
            field: string;
            /**
             * @example [
             *       "region must be an AWS region such as us-east-1"
             *     ]
             */
            messages: string[];
        };
        FleetSummaryResponse: {
            /**
             * @description Workers EC2 bills by the hour now: pending, running, stopping (count)
             * @example 4
             */
            billable: number;
            /**
             * @example {
             *       "running": 4,
             *       "stopped": 8
             *     }
             */
            byStatus: {
                [key: string]: number;
            };
            /**
             * @description Managed workers, terminated excluded (count)
             * @example 12
             */
            total: number;
        };
        FoundImageResponse: {
            /** @example 2026-10-01T12:00:00.000Z */
            creationDate?: string;
            description?: string;
            /** @example ami-0123456789abcdef0 */
            imageId: string;
            /** @example cml-2.9.0-lablet */
            name: string;
        };
        HolidayCalendarBodyDto: {
            holidays: components["schemas"]["HolidayDto"][];
            /** @example German public holidays */
            name: string;
        };
        /** @description A holiday calendar was deleted. */
        HolidayCalendarDeletedEvent: {
            data: components["schemas"]["HolidayCalendarDeletedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "holiday-calendar.deleted";
        };
        /**
         * @description A holiday calendar was deleted.
         * @example {
         *       "name": "German public holidays"
         *     }
         */
        HolidayCalendarDeletedEventData: {
            /** @example German public holidays */
            name: string;
        };
        HolidayCalendarListResponse: {
            items: components["schemas"]["HolidayCalendarResponse"][];
        };
        HolidayCalendarResponse: {
            /** @example 2026-12-02T10:00:00.000Z */
            createdAt: string;
            createdBy: components["schemas"]["SchedulingActorResponse"];
            holidays: components["schemas"]["HolidayResponse"][];
            /** @example 0193b2c4-0000-7000-8000-000000000001 */
            id: string;
            /** @example German public holidays */
            name: string;
            /** @example 2026-12-02T10:00:00.000Z */
            updatedAt: string;
            /** @description The schedules that skip its days */
            usedBy: components["schemas"]["RefResponse"][];
        };
        /** @description A holiday calendar was created or its days changed. */
        HolidayCalendarSavedEvent: {
            data: components["schemas"]["HolidayCalendarSavedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "holiday-calendar.saved";
        };
        /**
         * @description A holiday calendar was created or its days changed.
         * @example {
         *       "name": "German public holidays",
         *       "days": 12,
         *       "created": true
         *     }
         */
        HolidayCalendarSavedEventData: {
            /**
             * @description True when it was created, false when changed
             * @example true
             */
            created: boolean;
            /**
             * @description Days it holds (count)
             * @example 12
             */
            days: number;
            /** @example German public holidays */
            name: string;
        };
        HolidayDto: {
            /**
             * @description YYYY-MM-DD
             * @example 2026-12-25
             */
            date: string;
            /** @example Christmas Day */
            name?: string;
        };
        HolidayResponse: {
            /** @example 2026-12-25 */
            date: string;
            /** @example Christmas Day */
            name?: string;
        };
        IdleCurrentResponse: {
            /**
             * @description What the decision rests on
             * @enum {string}
             */
            code: "not-running" | "fleet-disabled" | "worker-disabled" | "snoozed" | "power-protected" | "start-grace" | "no-activity-yet" | "activity-after-warning" | "active" | "idle-warning" | "warning-pending" | "idle-stop";
            /** @description When the worker is idle (and warned) if nothing happens */
            idleFrom?: string;
            /** @description Minutes since the last activity */
            idleMinutes?: number;
            lastActivityAt?: string;
            /** @enum {string} */
            lastActivitySource?: "cml-telemetry" | "lab-event" | "lab-state" | "start" | "import" | "created";
            /** @enum {string} */
            outcome: "keep" | "warn" | "stop" | "skipped";
            plannedStopAt?: string;
            /** @description The decision in words, times in UTC (the console words it from the fields, in the viewer's time zone) */
            reason: string;
            /** @description Since when idle detection has taken this same decision */
            since?: string;
            /** @description Minutes */
            timeoutMinutes?: number;
            /** @description End of the snooze (snoozed), of the start grace period (start-grace), or of the reservation or keep-running override (power-protected) */
            until?: string;
            /** @description When the pending warning was issued */
            warnedAt?: string;
        };
        IdleDecisionResponse: {
            /** @description When this decision was first taken (a row is written when the decision changes, not at every evaluation) */
            at: string;
            /**
             * @description What the decision rests on; absent on rows stored before 2026-12
             * @enum {string}
             */
            code?: "not-running" | "fleet-disabled" | "worker-disabled" | "snoozed" | "power-protected" | "start-grace" | "no-activity-yet" | "activity-after-warning" | "active" | "idle-warning" | "warning-pending" | "idle-stop";
            /** @description When the worker is idle (and warned) if nothing happens */
            idleFrom?: string;
            /** @description Minutes since the last activity */
            idleMinutes?: number;
            lastActivityAt?: string;
            /** @enum {string} */
            lastActivitySource?: "cml-telemetry" | "lab-event" | "lab-state" | "start" | "import" | "created";
            /** @enum {string} */
            outcome: "keep" | "warn" | "stop" | "skipped";
            plannedStopAt?: string;
            /**
             * @description The decision in words, times in UTC
             * @example Last activity 12 min ago at 10:01 UTC (lab state change); idle from 11:01 UTC if nothing happens (idle timeout 1 h).
             */
            reason: string;
            /** @description Minutes */
            timeoutMinutes: number;
            /** @description End of the snooze (snoozed), of the start grace period (start-grace), or of the reservation or keep-running override (power-protected) */
            until?: string;
            /** @description When the pending warning was issued */
            warnedAt?: string;
        };
        IdleDefaultsResponse: {
            /**
             * @description Seconds between idle evaluations
             * @example 60
             */
            checkIntervalSeconds: number;
            /** @description IDLE_DETECTION_ENABLED */
            enabled: boolean;
            /**
             * @description Minutes after a manual start during which a worker is never stopped for idleness
             * @example 60
             */
            startGraceMinutes: number;
            /**
             * @description Minutes without activity before a worker is idle
             * @example 60
             */
            timeoutMinutes: number;
            /**
             * @description Minutes between the idle warning and the planned stop
             * @example 10
             */
            warningLeadMinutes: number;
        };
        IdleStateResponse: {
            lastActivityAt?: string;
            lastActivityCheckAt?: string;
            lastActivitySource?: string;
            lastDecision?: {
                at?: string;
                outcome?: string;
                reason?: string;
            };
            snoozedUntil?: string;
            /** @description Per-worker idle timeout, minutes */
            timeoutMinutes?: number;
            warning?: {
                issuedAt?: string;
                plannedStopAt?: string;
            };
        };
        IdleWarningResponse: {
            issuedAt: string;
            plannedStopAt: string;
        };
        ImageDefinitionResponse: {
            /** @example vios-adventerprisek9-m.spa.159-3.m8.qcow2 */
            diskImage?: string;
            /** @example iosv-159-3-m8 */
            id: string;
            /** @example IOSv 15.9(3)M8 */
            label?: string;
            /** @example iosv */
            nodeDefinitionId: string;
            /** @description Shipped with CML (cannot be removed) */
            readOnly?: boolean;
        };
        ImportedInstanceResponse: {
            instanceId: string;
            name: string;
            state: string;
            /** @description Absent in a dry run */
            workerId?: string;
        };
        ImportResultResponse: {
            dryRun: boolean;
            /** @description With `all`: instances that could not be imported while the others were (empty otherwise) */
            failed: components["schemas"]["FailedInstanceResponse"][];
            /** @description Imported (or, in a dry run, would be imported) */
            imported: components["schemas"]["ImportedInstanceResponse"][];
            skipped: components["schemas"]["SkippedInstanceResponse"][];
            /** @description Instances that matched (count) */
            totalFound: number;
        };
        ImportWorkersDto: {
            /**
             * @description Import every matching instance (by AMI id or name)
             * @default false
             */
            all?: boolean;
            /** @example ami-0123456789abcdef0 */
            amiId?: string;
            /**
             * @description AMI name pattern (wildcards allowed), searched among the configured AMI owners
             * @example cml-2.9-*
             */
            amiName?: string;
            /**
             * @description Only report what would be imported and skipped; write nothing
             * @default false
             */
            dryRun?: boolean;
            /** @example i-0123456789abcdef0 */
            instanceId?: string;
            /**
             * @description Name of the worker (single import only). Default: the Name tag, else worker-<instance id>
             * @example lab-7
             */
            name?: string;
            /** @example us-east-1 */
            region: string;
        };
        InstancePriceBodyDto: {
            /**
             * @description US dollars per instance hour (USD/h), more than 0; in force from now on, before the fleet discount
             * @example 3.2
             */
            usdPerHour: number;
        };
        InstancePriceResponse: {
            /**
             * @description YYYY-MM-DD: when the list price was read, or when the admin's price was set
             * @example 2026-12-02
             */
            asOf: string;
            /** @example m5zn.metal */
            instanceType: string;
            /**
             * @description The list price the product ships with (USD/h); null when it lists none
             * @example 3.9641
             */
            listUsdPerHour: number | null;
            /**
             * @description True while an admin's price is in force
             * @example false
             */
            overridden: boolean;
            /** @example us-east-1 */
            region: string;
            /**
             * @description When it was set; it applies from then on
             * @example 2026-12-03T10:00:00.000Z
             */
            setAt?: string;
            /**
             * @description The admin who set the price in force (when overridden)
             * @example ada
             */
            setBy?: string;
            /**
             * @description Where the price in force comes from: the AWS pricing page the list price was read from, or `admin` while an admin's price is in force
             * @example https://aws.amazon.com/ec2/pricing/on-demand/
             */
            source: string;
            /**
             * @description On-demand Linux price in force now (USD/h), before the fleet discount: the admin's price, else the list price
             * @example 3.9641
             */
            usdPerHour: number;
        };
        InstanceTypeListResponse: {
            /** @description Bare metal first, then nested virtualisation, then the types CML cannot run on; by name within each */
            items: components["schemas"]["InstanceTypeResponse"][];
            /**
             * @description When EC2 listed them (kept WORKER_INSTANCE_TYPES_CACHE_MINUTES)
             * @example 2026-12-02T10:00:00.000Z
             */
            listedAt: string;
            /** @example us-east-1 */
            region: string;
        };
        InstanceTypeResponse: {
            /**
             * @example [
             *       "x86_64"
             *     ]
             */
            architectures: string[];
            /** @example true */
            bareMetal: boolean;
            /** @example m5zn.metal */
            instanceType: string;
            /**
             * @description Memory in MiB
             * @example 196608
             */
            memoryMiB?: number;
            /**
             * @description EC2 lists nested-virtualization among the processor features (enabled at launch for such types)
             * @example false
             */
            nestedVirtualization: boolean;
            /** @description On-demand Linux list price, an estimate; null when unknown (never 0) */
            price: components["schemas"]["ListPriceResponse"] | null;
            /**
             * @description How CML can run on it: bare metal, nested virtualisation, or not at all (needs allowUnsuitableInstanceType to provision)
             * @enum {string}
             */
            suitability: "bare-metal" | "nested-virtualization" | "unsuitable";
            /** @description False when CML cannot run on it */
            suitable: boolean;
            /** @example it is neither bare metal nor supports nested virtualisation, so CML cannot start its nodes */
            unsuitableReason?: string;
            /**
             * @description Default vCPUs (count)
             * @example 48
             */
            vcpus?: number;
        };
        InstanceTypeRestoreResponse: {
            /**
             * @description Tries to change it back that failed (each is tried again at the next look at the stopped instance)
             * @example 0
             */
            failures: number;
            /**
             * @description The fallback type it runs on until then
             * @example m5.metal
             */
            fallbackInstanceType: string;
            /**
             * @description When the last failed try was made
             * @example 2026-12-08T18:02:00.000Z
             */
            lastAttemptAt?: string;
            /**
             * @description Why the last try failed
             * @example EC2 refused ModifyInstanceAttribute (IncorrectInstanceState)
             */
            lastError?: string;
            /**
             * @description The type the worker goes back to: the one it had before a start fell back
             * @example m5zn.metal
             */
            originalInstanceType: string;
            /**
             * @description When the fallback started it on that type
             * @example 2026-12-08T07:31:00.000Z
             */
            since: string;
        };
        JobActorResponse: {
            /** @example f3c1... */
            id: string;
            /** @enum {string} */
            kind: "user" | "service" | "system";
            /** @example admin */
            name: string;
        };
        JobResponse: {
            description: string;
            disabledReason?: string;
            enabled: boolean;
            /**
             * @description Seconds between runs
             * @example 300
             */
            intervalSeconds: number;
            lastRun?: components["schemas"]["JobRunResponse"];
            /** @example metrics-collection */
            name: string;
            nextRunAt?: string;
            /** @description A run is going right now (in any instance) */
            running: boolean;
            /** @example every 5 min */
            schedule: string;
        };
        JobRunResponse: {
            /** @description Milliseconds */
            durationMs?: number;
            error?: string;
            finishedAt?: string;
            id: string;
            /**
             * @description The app instance that ran it
             * @example host-1:4242
             */
            instance: string;
            /** @example metrics-collection */
            job: string;
            /** @enum {string} */
            outcome: "running" | "succeeded" | "failed" | "skipped";
            /** @description Who started a manual run */
            requestedBy?: components["schemas"]["JobActorResponse"];
            /** @description For a scheduled run: the start of the schedule slot it ran for (each slot runs once across app instances) */
            scheduledFor?: string;
            startedAt: string;
            /** @description Figures of the run (workers, AWS calls, imported, stopped, ...) */
            summary?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            trigger: "schedule" | "manual";
        };
        KeyPairOptionResponse: {
            /** @example cml-admins */
            keyName: string;
            /**
             * @description rsa or ed25519
             * @example ed25519
             */
            keyType?: string;
        };
        LabActorResponse: {
            /** @example f3c1... */
            id: string;
            /** @enum {string} */
            kind: "user" | "service" | "system";
            /** @example admin */
            name: string;
        };
        LabDefaultsResponse: {
            /**
             * @description The largest topology upload taken, bytes (LAB_UPLOAD_MAX_BYTES)
             * @example 5242880
             */
            uploadMaxBytes: number;
        };
        /** @description Deleted through this product. */
        LabDeletedEvent: {
            data: components["schemas"]["LabDeletedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "lab.deleted";
        };
        /**
         * @description Deleted through this product.
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "labId": "3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11",
         *       "title": "OSPF area 0",
         *       "stopped": true,
         *       "wiped": true
         *     }
         */
        LabDeletedEventData: {
            /**
             * @description The lab id on the CML controller
             * @example 3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11
             */
            labId: string;
            /**
             * @description It had to be stopped first
             * @example true
             */
            stopped: boolean;
            /** @example OSPF area 0 */
            title: string;
            /**
             * @description It had to be wiped first
             * @example true
             */
            wiped: boolean;
            /**
             * @description The worker the lab is on
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        /** @description A sync found a lab the product did not know (or one that had disappeared came back). */
        LabDiscoveredEvent: {
            data: components["schemas"]["LabDiscoveredEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "lab.discovered";
        };
        /**
         * @description A sync found a lab the product did not know (or one that had disappeared came back).
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "labId": "3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11",
         *       "title": "OSPF area 0",
         *       "state": "STOPPED",
         *       "ownerUsername": "admin",
         *       "nodeCount": 6,
         *       "linkCount": 5,
         *       "rediscovered": false
         *     }
         */
        LabDiscoveredEventData: {
            /**
             * @description The lab id on the CML controller
             * @example 3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11
             */
            labId: string;
            /**
             * @description Links (count)
             * @example 5
             */
            linkCount?: number;
            /**
             * @description Nodes (count)
             * @example 6
             */
            nodeCount?: number;
            /** @example admin */
            ownerUsername?: string;
            /**
             * @description True when the record existed and had been removed or deleted
             * @example false
             */
            rediscovered?: boolean;
            /**
             * @description CML lab state: DEFINED_ON_CORE, STOPPED, STARTED (QUEUED on newer controllers; others pass as they are)
             * @example STOPPED
             */
            state: string;
            /** @example OSPF area 0 */
            title: string;
            /**
             * @description The worker the lab is on
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        /** @description A topology was uploaded through this product and became this lab. */
        LabImportedEvent: {
            data: components["schemas"]["LabImportedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "lab.imported";
        };
        /**
         * @description A topology was uploaded through this product and became this lab.
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "labId": "3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11",
         *       "title": "OSPF area 0",
         *       "state": "DEFINED_ON_CORE",
         *       "ownerUsername": "admin",
         *       "nodeCount": 6,
         *       "linkCount": 5,
         *       "filename": "ospf.yaml",
         *       "bytes": 18432
         *     }
         */
        LabImportedEventData: {
            /**
             * @description Size of the upload, bytes
             * @example 18432
             */
            bytes: number;
            /**
             * @description The uploaded file
             * @example ospf.yaml
             */
            filename?: string;
            /**
             * @description The lab id on the CML controller
             * @example 3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11
             */
            labId: string;
            /**
             * @description Links (count)
             * @example 5
             */
            linkCount?: number;
            /**
             * @description Nodes (count)
             * @example 6
             */
            nodeCount?: number;
            /** @example admin */
            ownerUsername?: string;
            /**
             * @description CML lab state: DEFINED_ON_CORE, STOPPED, STARTED (QUEUED on newer controllers; others pass as they are)
             * @example DEFINED_ON_CORE
             */
            state: string;
            /** @example OSPF area 0 */
            title: string;
            /**
             * @description The worker the lab is on
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        LabPageResponse: {
            items: components["schemas"]["LabSummaryResponse"][];
            /**
             * @description The last page that can be asked for with this pageSize: the last page of the items, but no deeper than 10000 items (page × pageSize)
             * @example 2
             */
            lastPage: number;
            /** @example 1 */
            page: number;
            /** @example 25 */
            pageSize: number;
            /** @example 42 */
            total: number;
        };
        /** @description The lab disappeared from its controller (deleted there, not through this product). */
        LabRemovedEvent: {
            data: components["schemas"]["LabRemovedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "lab.removed";
        };
        /**
         * @description The lab disappeared from its controller (deleted there, not through this product).
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "labId": "3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11",
         *       "title": "OSPF area 0",
         *       "lastState": "STOPPED"
         *     }
         */
        LabRemovedEventData: {
            /**
             * @description The lab id on the CML controller
             * @example 3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11
             */
            labId: string;
            /**
             * @description CML lab state: DEFINED_ON_CORE, STOPPED, STARTED (QUEUED on newer controllers; others pass as they are)
             * @example STOPPED
             */
            lastState: string;
            /** @example OSPF area 0 */
            title: string;
            /**
             * @description The worker the lab is on
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        LabResponse: {
            /**
             * @description Created on the controller (its clock)
             * @example 2026-11-20T08:00:00.000Z
             */
            createdAt?: string;
            deletedAt?: string;
            deletedBy?: components["schemas"]["LabActorResponse"];
            /** @example CCNP study lab */
            description: string;
            /** @description When Cloud Manager first saw the lab */
            firstSeenAt: string;
            /**
             * @description The record's id, derived from workerId and labId
             * @example 5f0c2d8e-1a2b-8c3d-9e4f-0123456789ab
             */
            id: string;
            /** @description Uploaded through Cloud Manager at */
            importedAt?: string;
            importedBy?: components["schemas"]["LabActorResponse"];
            /**
             * @description The lab id on the CML controller
             * @example 3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11
             */
            labId: string;
            /** @description When the controller was last read for this lab */
            lastSyncedAt: string;
            /**
             * @description Links (count)
             * @example 5
             */
            linkCount?: number;
            /**
             * @description Last modified on the controller (its clock)
             * @example 2026-11-25T09:58:00.000Z
             */
            modifiedAt?: string;
            /**
             * @description Nodes (count)
             * @example 6
             */
            nodeCount?: number;
            /** @example  */
            notes: string;
            /** @example Administrator */
            ownerFullname?: string;
            /** @example admin */
            ownerUsername?: string;
            /**
             * @description present: on the controller; removed: it disappeared from the controller; deleted: deleted through Cloud Manager
             * @enum {string}
             */
            presence: "present" | "removed" | "deleted";
            /** @description Found gone from the controller at */
            removedAt?: string;
            /**
             * @description CML lab state: DEFINED_ON_CORE, STOPPED, STARTED (QUEUED on newer controllers)
             * @example STARTED
             */
            state: string;
            /** @description State changes, oldest first, capped at LAB_STATE_HISTORY_LIMIT (the event log keeps all) */
            stateHistory: components["schemas"]["StateHistoryEntryResponse"][];
            /** @example OSPF area 0 */
            title: string;
            /** @description When the record last changed (an event) */
            updatedAt: string;
            /**
             * @description Increments with every change (optimistic concurrency)
             * @example 4
             */
            version: number;
            /** @example 0193b2c4-... */
            workerId: string;
            /**
             * @description The worker's name (absent if the worker record is gone)
             * @example lab-east-1
             */
            workerName?: string;
            /**
             * @description The worker's status in lists: a lab of a worker that is not running is as last seen (`lastSyncedAt`)
             * @example stopped
             */
            workerStatus?: string;
        };
        /** @description The lab's state changed. */
        LabStateChangedEvent: {
            data: components["schemas"]["LabStateChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "lab.state-changed";
        };
        /**
         * @description The lab's state changed.
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "labId": "3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11",
         *       "from": "STOPPED",
         *       "to": "STARTED",
         *       "trigger": "user"
         *     }
         */
        LabStateChangedEventData: {
            /**
             * @description CML lab state: DEFINED_ON_CORE, STOPPED, STARTED (QUEUED on newer controllers; others pass as they are)
             * @example STOPPED
             */
            from: string;
            /**
             * @description The lab id on the CML controller
             * @example 3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11
             */
            labId: string;
            /**
             * @description CML lab state: DEFINED_ON_CORE, STOPPED, STARTED (QUEUED on newer controllers; others pass as they are)
             * @example STARTED
             */
            to: string;
            /**
             * @description sync: a sync found the change; user: an action through Cloud Manager
             * @example user
             * @enum {string}
             */
            trigger: "sync" | "user";
            /**
             * @description The worker the lab is on
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        LabSummaryResponse: {
            /**
             * @description Created on the controller (its clock)
             * @example 2026-11-20T08:00:00.000Z
             */
            createdAt?: string;
            deletedAt?: string;
            deletedBy?: components["schemas"]["LabActorResponse"];
            /** @example CCNP study lab */
            description: string;
            /** @description When Cloud Manager first saw the lab */
            firstSeenAt: string;
            /**
             * @description The record's id, derived from workerId and labId
             * @example 5f0c2d8e-1a2b-8c3d-9e4f-0123456789ab
             */
            id: string;
            /** @description Uploaded through Cloud Manager at */
            importedAt?: string;
            importedBy?: components["schemas"]["LabActorResponse"];
            /**
             * @description The lab id on the CML controller
             * @example 3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11
             */
            labId: string;
            /** @description When the controller was last read for this lab */
            lastSyncedAt: string;
            /**
             * @description Links (count)
             * @example 5
             */
            linkCount?: number;
            /**
             * @description Last modified on the controller (its clock)
             * @example 2026-11-25T09:58:00.000Z
             */
            modifiedAt?: string;
            /**
             * @description Nodes (count)
             * @example 6
             */
            nodeCount?: number;
            /** @example  */
            notes: string;
            /** @example Administrator */
            ownerFullname?: string;
            /** @example admin */
            ownerUsername?: string;
            /**
             * @description present: on the controller; removed: it disappeared from the controller; deleted: deleted through Cloud Manager
             * @enum {string}
             */
            presence: "present" | "removed" | "deleted";
            /** @description Found gone from the controller at */
            removedAt?: string;
            /**
             * @description CML lab state: DEFINED_ON_CORE, STOPPED, STARTED (QUEUED on newer controllers)
             * @example STARTED
             */
            state: string;
            /** @example OSPF area 0 */
            title: string;
            /** @description When the record last changed (an event) */
            updatedAt: string;
            /**
             * @description Increments with every change (optimistic concurrency)
             * @example 4
             */
            version: number;
            /** @example 0193b2c4-... */
            workerId: string;
            /**
             * @description The worker's name (absent if the worker record is gone)
             * @example lab-east-1
             */
            workerName?: string;
            /**
             * @description The worker's status in lists: a lab of a worker that is not running is as last seen (`lastSyncedAt`)
             * @example stopped
             */
            workerStatus?: string;
        };
        LabSyncResponse: {
            /**
             * @description Records created: labs seen for the first time, or again after they had disappeared
             * @example 1
             */
            created: number;
            /**
             * @description Records of labs that disappeared from the controller
             * @example 0
             */
            removed: number;
            /** @example 2026-11-25T10:00:00.000Z */
            syncedAt: string;
            /**
             * @description Records that were already right
             * @example 7
             */
            unchanged: number;
            /**
             * @description Records whose facts or state changed
             * @example 2
             */
            updated: number;
            workerId: string;
        };
        /** @description Lab facts other than the state changed (long texts shortened). */
        LabUpdatedEvent: {
            data: components["schemas"]["LabUpdatedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "lab.updated";
        };
        /**
         * @description Lab facts other than the state changed (long texts shortened).
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "labId": "3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11",
         *       "changes": {
         *         "title": {
         *           "from": "OSPF",
         *           "to": "OSPF area 0"
         *         }
         *       }
         *     }
         */
        LabUpdatedEventData: {
            /**
             * @description Field -> value before and after
             * @example {
             *       "title": {
             *         "from": "OSPF",
             *         "to": "OSPF area 0"
             *       }
             *     }
             */
            changes: {
                [key: string]: {
                    from?: unknown;
                    to?: unknown;
                };
            };
            /**
             * @description The lab id on the CML controller
             * @example 3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11
             */
            labId: string;
            /**
             * @description The worker the lab is on
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        LaunchAmiResponse: {
            /** @example ami-0123456789abcdef0 */
            amiId: string;
            /**
             * @description What chose it: the amiId or amiName asked for, the region default id (WORKER_DEFAULT_AMI_IDS) or the default name pattern (WORKER_DEFAULT_AMI_NAME)
             * @enum {string}
             */
            chosenBy: "ami-id" | "ami-name" | "region-default-id" | "default-name";
            /** @example 2026-11-01T09:00:00.000Z */
            creationDate?: string;
            description?: string;
            /** @example cml-2.9.0-build-3 */
            name: string;
            /**
             * @description The name pattern searched (newest match), when found by name
             * @example cml-2.9-*
             */
            namePattern?: string;
            /** @example us-east-1 */
            region: string;
        };
        LegacyImportDto: {
            /** @example ami-0123456789abcdef0 */
            ami_id?: string;
            /** @example cml-2.9-* */
            ami_name?: string;
            /** @example i-0123456789abcdef0 */
            aws_instance_id?: string;
            /** @default false */
            import_all?: boolean;
            name?: string;
        };
        LegacyImportResultResponse: {
            imported: components["schemas"]["LegacyWorkerInstanceResponse"][];
            skipped: components["schemas"]["LegacySkippedInstanceResponse"][];
            /**
             * @description Instances that matched (count)
             * @example 3
             */
            total_found: number;
            /**
             * @description Imported (count)
             * @example 2
             */
            total_imported: number;
            /**
             * @description Skipped, including instances that could not be imported (count)
             * @example 1
             */
            total_skipped: number;
        };
        LegacySkippedInstanceResponse: {
            /** @example i-0123456789abcdef0 */
            instance_id: string;
            /** @example already managed as worker lab-7 */
            reason: string;
        };
        LegacyWorkerInstanceResponse: {
            /** @example ami-0123456789abcdef0 */
            ami_id: string;
            /** @example cml-2.9.0-lablet */
            ami_name: string | null;
            /** @example i-0123456789abcdef0 */
            aws_instance_id: string;
            /** @example us-east-1 */
            aws_region: string;
            /**
             * @description The worker id
             * @example 0193b2c4-...
             */
            id: string;
            /** @example lab-east-1 */
            instance_name: string;
            /**
             * @description The worker's status
             * @example running
             */
            instance_state: string;
            /** @example m5zn.metal */
            instance_type: string;
            /** @example 10.0.1.7 */
            private_ip: string | null;
            /** @example 198.51.100.7 */
            public_ip: string | null;
            /**
             * @description Always empty (kept for the earlier shape)
             * @example []
             */
            security_group_ids: string[];
            /**
             * @description Always empty (kept for the earlier shape)
             * @example
             */
            subnet_id: string;
            /**
             * @example {
             *       "Name": "lab-east-1"
             *     }
             */
            tags: {
                [key: string]: string;
            };
        };
        LicenseDetailsResponse: {
            /**
             * Format: date-time
             * @description When the authorization runs out unless renewed (an evaluation: the end of its period)
             */
            authorizationExpiresAt?: string;
            /**
             * @description Overall authorization status (CML `authorization.status`: IN_COMPLIANCE, EVAL, EVAL_EXPIRED, OUT_OF_COMPLIANCE, ...)
             * @example IN_COMPLIANCE
             */
            authorizationStatus?: string;
            /** @description The licensed features with their use */
            features: components["schemas"]["LicenseFeatureResponse"][];
            /**
             * @description The active product licence
             * @example CML_Enterprise
             */
            product?: string;
            /**
             * Format: date-time
             * @description When the registration runs out unless renewed
             */
            registrationExpiresAt?: string;
            /**
             * @description Registration status (CML `registration.status`)
             * @example COMPLETED
             */
            registrationStatus?: string;
            /** @example Engineering */
            smartAccount?: string;
            /** @example Default */
            virtualAccount?: string;
        };
        LicenseFeatureResponse: {
            /** @example regid.2019-10.com.cisco.CML_NODE_COUNT,1.0_2607650b-6ca8-46d5-81e5-e6688b7383c4 */
            id: string;
            /**
             * @description Uses requested now (count)
             * @example 12
             */
            inUse?: number;
            /**
             * @description Most uses the licence allows (count)
             * @example 300
             */
            max?: number;
            /** @example CML - Expansion Nodes */
            name?: string;
            /**
             * @description Authorization status of this feature, as CML says
             * @example IN_COMPLIANCE
             */
            status?: string;
        };
        LifecycleResponse: {
            createdAt: string;
            createdBy: components["schemas"]["ActorResponse"];
            importedAt?: string;
            importedBy?: components["schemas"]["ActorResponse"];
            startRequestedAt?: string;
            startRequestedBy?: components["schemas"]["ActorResponse"];
            stopRequestedAt?: string;
            stopRequestedBy?: components["schemas"]["ActorResponse"];
            terminatedAt?: string;
            terminateRequestedAt?: string;
            terminateRequestedBy?: components["schemas"]["ActorResponse"];
            unregisteredAt?: string;
            unregisteredBy?: components["schemas"]["ActorResponse"];
            updatedAt: string;
        };
        ListPriceResponse: {
            /**
             * @description When it was read (YYYY-MM-DD)
             * @example 2026-12-02
             */
            asOf: string;
            /**
             * @example linux
             * @enum {string}
             */
            operatingSystem: "linux";
            /**
             * @description Where the figure was read
             * @example https://aws.amazon.com/ec2/pricing/on-demand/
             */
            source: string;
            /**
             * @example on-demand
             * @enum {string}
             */
            term: "on-demand";
            /**
             * @description US dollars per instance hour (always more than 0)
             * @example 3.9641
             */
            usdPerHour: number;
        };
        LivenessResponse: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
        };
        LoggedEventResponse: {
            actor: components["schemas"]["EventActorResponse"];
            /**
             * @description When it happened
             * @example 2026-11-25T10:00:00.000Z
             */
            at: string;
            /**
             * @description Event id (UUIDv7, time-ordered); also the SSE `id:`
             * @example 0193b2c4-5d6e-7000-8000-00000000abcd
             */
            id: string;
            /**
             * @description The worker the event concerns, if any
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string | null;
        } & (components["schemas"]["BudgetChangedEvent"] | components["schemas"]["BudgetCreatedEvent"] | components["schemas"]["BudgetDeletedEvent"] | components["schemas"]["BudgetLimitEnforcedEvent"] | components["schemas"]["BudgetThresholdCrossedEvent"] | components["schemas"]["CostDiscountChangedEvent"] | components["schemas"]["CostPriceChangedEvent"] | components["schemas"]["HolidayCalendarDeletedEvent"] | components["schemas"]["HolidayCalendarSavedEvent"] | components["schemas"]["LabDeletedEvent"] | components["schemas"]["LabDiscoveredEvent"] | components["schemas"]["LabImportedEvent"] | components["schemas"]["LabRemovedEvent"] | components["schemas"]["LabStateChangedEvent"] | components["schemas"]["LabUpdatedEvent"] | components["schemas"]["NotificationCreatedEvent"] | components["schemas"]["ReservationCancelledEvent"] | components["schemas"]["ReservationCreatedEvent"] | components["schemas"]["RuntimeLimitDeletedEvent"] | components["schemas"]["RuntimeLimitSavedEvent"] | components["schemas"]["ScheduleDeletedEvent"] | components["schemas"]["ScheduleSavedEvent"] | components["schemas"]["SettingsChangedEvent"] | components["schemas"]["SystemStartedEvent"] | components["schemas"]["WorkerCapacityAttemptedEvent"] | components["schemas"]["WorkerCapacityFallbackFailedEvent"] | components["schemas"]["WorkerCmlInfoChangedEvent"] | components["schemas"]["WorkerDesiredPowerChangedEvent"] | components["schemas"]["WorkerEndpointChangedEvent"] | components["schemas"]["WorkerIdleDetectionChangedEvent"] | components["schemas"]["WorkerIdleSnoozedEvent"] | components["schemas"]["WorkerIdleTimeoutChangedEvent"] | components["schemas"]["WorkerIdleWarningClearedEvent"] | components["schemas"]["WorkerIdleWarningIssuedEvent"] | components["schemas"]["WorkerImportedEvent"] | components["schemas"]["WorkerInstanceAssignedEvent"] | components["schemas"]["WorkerInstanceTypeRestoredEvent"] | components["schemas"]["WorkerInstanceUpdatedEvent"] | components["schemas"]["WorkerLicenseDeregistrationFinishedEvent"] | components["schemas"]["WorkerLicenseDeregistrationRequestedEvent"] | components["schemas"]["WorkerLicenseRegistrationFinishedEvent"] | components["schemas"]["WorkerLicenseRegistrationRequestedEvent"] | components["schemas"]["WorkerLicenseReleaseFailedEvent"] | components["schemas"]["WorkerOverrideClearedEvent"] | components["schemas"]["WorkerOverrideSetEvent"] | components["schemas"]["WorkerOwnerChangedEvent"] | components["schemas"]["WorkerPowerHeldEvent"] | components["schemas"]["WorkerPowerOperationFinishedEvent"] | components["schemas"]["WorkerProvisioningFailedEvent"] | components["schemas"]["WorkerProvisioningRequestedEvent"] | components["schemas"]["WorkerRenamedEvent"] | components["schemas"]["WorkerServiceStatusChangedEvent"] | components["schemas"]["WorkerStatusChangedEvent"] | components["schemas"]["WorkerStatusChecksChangedEvent"] | components["schemas"]["WorkerStopWarningIssuedEvent"] | components["schemas"]["WorkerTagsChangedEvent"] | components["schemas"]["WorkerTelemetryChangedEvent"] | components["schemas"]["WorkerTerminatedEvent"] | components["schemas"]["WorkerUnregisteredEvent"] | components["schemas"]["WorkerVolumesChangedEvent"]);
        LogoutResponse: {
            /** @description The identity provider's end-session URL; open it to sign out there too */
            logoutUrl?: string;
        };
        ManualChangeResponse: {
            /** @enum {string} */
            action: "start" | "stop";
            /** @example 2026-11-25T15:00:00.000Z */
            at: string;
            /** @example alice */
            by: string;
        };
        MeResponse: {
            /** @example admin@example.test */
            email?: string;
            /**
             * @description A person, or an API client (service account)
             * @enum {string}
             */
            kind: "user" | "service";
            /** @example Ada Admin */
            name?: string;
            /**
             * @description Product roles; empty means no access beyond signing in
             * @example [
             *       "admin"
             *     ]
             */
            roles: ("user" | "manager" | "admin")[];
            /**
             * @description When the session (or the bearer token) stops being valid
             * @example 2026-11-25T12:00:00.000Z
             */
            sessionExpiresAt: string;
            /** @example admin */
            username: string;
            /**
             * @description How this request authenticated
             * @enum {string}
             */
            via: "session" | "bearer";
        };
        MetricPointResponse: {
            at: string;
            /** @description percent */
            cpuPercent?: number;
            /** @description percent */
            diskPercent?: number;
            /** @description percent */
            ec2CpuPercent?: number;
            /** @description percent */
            ec2MemoryPercent?: number;
            /** @description percent */
            memoryPercent?: number;
            /** @description count */
            runningNodes?: number;
        };
        NetworkDefaultSourcesResponse: {
            /**
             * @description WORKER_KEY_NAME, else none
             * @enum {string}
             */
            keyPair: "configured" | "default-vpc" | "none";
            /**
             * @description WORKER_SECURITY_GROUP_IDS, else the `default` group of the default subnet's VPC
             * @enum {string}
             */
            securityGroups: "configured" | "default-vpc" | "none";
            /**
             * @description WORKER_SUBNET_ID, else the default VPC's first default subnet, else none (EC2 picks)
             * @enum {string}
             */
            subnet: "configured" | "default-vpc" | "none";
        };
        NetworkDefaultsResponse: {
            /** @example cml-admins */
            keyName?: string;
            /**
             * @example [
             *       "sg-0abc1234"
             *     ]
             */
            securityGroupIds: string[];
            /** @description Where each default comes from */
            sources: components["schemas"]["NetworkDefaultSourcesResponse"];
            /** @example subnet-0abc1234 */
            subnetId?: string;
        };
        NetworkOptionsResponse: {
            /** @description What a launch uses when the request names none */
            defaults: components["schemas"]["NetworkDefaultsResponse"];
            /** @description By name (no key material) */
            keyPairs: components["schemas"]["KeyPairOptionResponse"][];
            /** @example us-east-1 */
            region: string;
            /** @description By VPC, then name; a launch takes only groups of its subnet's VPC */
            securityGroups: components["schemas"]["SecurityGroupOptionResponse"][];
            /** @description Default VPC first, then by VPC, zone and CIDR */
            subnets: components["schemas"]["SubnetOptionResponse"][];
        };
        NextStatusCheckResponse: {
            /**
             * @description When EC2 is read next
             * @example 2026-11-25T10:00:10.000Z
             */
            at: string;
            /**
             * @description Seconds between reads
             * @example 10
             */
            intervalSeconds: number;
            /**
             * @description `following-change`: the instance is starting or stopping and read often; `collection-cycle`: read with the fleet
             * @enum {string}
             */
            reason: "following-change" | "collection-cycle";
        };
        NodeDefinitionResponse: {
            /**
             * @description Default vCPUs of one node
             * @example 1
             */
            cpus?: number;
            /** @example Cisco IOSv router */
            description?: string;
            /** @example iosv */
            id: string;
            /**
             * @description Ids of the image definitions installed for it
             * @example [
             *       "iosv-159-3-m8"
             *     ]
             */
            imageDefinitions: string[];
            /**
             * @description Physical interfaces, in slot order
             * @example [
             *       "GigabitEthernet0/0",
             *       "GigabitEthernet0/1"
             *     ]
             */
            interfaces: string[];
            /** @example IOSv */
            label: string;
            /**
             * @description router, switch, server, host, cloud, firewall, external_connector
             * @example router
             */
            nature?: string;
            /**
             * @description Default RAM of one node, MiB (absent for nodes that are not VMs)
             * @example 512
             */
            ramMb?: number;
        };
        NotificationActionResponse: {
            /** @example Keep running 1 h */
            label: string;
            /** @example https://ccm.example.com/workers/0193b2c4-1111-7000-8000-000000000001 */
            url: string;
        };
        NotificationChannelBodyDto: {
            /** @default true */
            enabled?: boolean;
            /** @enum {string} */
            kind: "webhook" | "slack" | "teams" | "email";
            /** @description The kinds it takes; default: all */
            kinds?: ("stop-warning" | "start-failed" | "start-fell-back" | "status-checks-impaired" | "controller-unavailable" | "license-problem" | "license-not-released" | "budget-threshold")[];
            /** @example Ops webhook */
            name: string;
            /** @description Signing secret of a webhook channel (at least 16 characters): required when creating one, optional on change (absent: kept). Write-only. */
            secret?: string;
            /**
             * @description Only workers with all these tags; default: every worker
             * @example {
             *       "team": "ccna"
             *     }
             */
            tagSelector?: {
                [key: string]: string;
            };
            /**
             * @description An http(s) URL for webhook, slack and teams; an e-mail address for email
             * @example https://hooks.example.com/ccm
             */
            target: string;
        };
        NotificationChannelListResponse: {
            items: components["schemas"]["NotificationChannelResponse"][];
        };
        NotificationChannelResponse: {
            /** @example 2026-12-03T10:00:00.000Z */
            createdAt: string;
            enabled: boolean;
            /** @example 0193b2c4-9b00-7000-8000-0000000000d1 */
            id: string;
            /** @enum {string} */
            kind: "webhook" | "slack" | "teams" | "email";
            kinds: ("stop-warning" | "start-failed" | "start-fell-back" | "status-checks-impaired" | "controller-unavailable" | "license-problem" | "license-not-released" | "budget-threshold")[];
            /** @description The newest delivery to this channel */
            lastDelivery?: components["schemas"]["ChannelDeliveryResponse"];
            /** @example Ops webhook */
            name: string;
            /** @description Whether a signing secret is set (webhook); the secret itself is never returned */
            secretSet: boolean;
            /**
             * @description Only workers with all these tags; empty: every worker
             * @example {
             *       "team": "ccna"
             *     }
             */
            tagSelector: {
                [key: string]: string;
            };
            /**
             * @description The webhook URL, or the e-mail address of an email channel
             * @example https://hooks.example.com/ccm
             */
            target: string;
            /** @example 2026-12-03T10:00:00.000Z */
            updatedAt: string;
        };
        /** @description An in-app notification was stored for one person (`recipient`); the live stream sends it only to their streams. The rest of the payload is a `NotificationResponse` (GET /api/notifications). */
        NotificationCreatedEvent: {
            data: components["schemas"]["NotificationCreatedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "notification.created";
        };
        /**
         * @description An in-app notification was stored for one person (`recipient`); the live stream sends it only to their streams. The rest of the payload is a `NotificationResponse` (GET /api/notifications).
         * @example {
         *       "id": "0193b2c4-9a00-7000-8000-0000000000c1",
         *       "kind": "stop-warning",
         *       "severity": "warning",
         *       "title": "lab-east-1 will be stopped at 14:05 UTC",
         *       "body": "lab-east-1 has been idle for 50 min (timeout 60 min). It will be stopped at 2026-12-03 14:05 UTC unless someone uses it or keeps it running.",
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "workerName": "lab-east-1",
         *       "actions": [
         *         {
         *           "label": "Keep running 1 h",
         *           "url": "https://ccm.example.com/actions/abc"
         *         }
         *       ],
         *       "createdAt": "2026-12-03T13:55:00.000Z",
         *       "recipient": "alice"
         *     }
         */
        NotificationCreatedEventData: {
            /**
             * @description Links the recipient may follow (one-click actions, the worker page)
             * @example [
             *       {
             *         "label": "Keep running 1 h",
             *         "url": "https://ccm.example.com/actions/abc"
             *       }
             *     ]
             */
            actions: {
                label: string;
                url: string;
            }[];
            /** @example lab-east-1 has been idle for 50 min (timeout 60 min). It will be stopped at 2026-12-03 14:05 UTC unless someone uses it or keeps it running. */
            body: string;
            /**
             * Format: date-time
             * @example 2026-12-03T13:55:00.000Z
             */
            createdAt: string;
            /**
             * @description The notification (POST /api/notifications/{id}/read)
             * @example 0193b2c4-9a00-7000-8000-0000000000c1
             */
            id: string;
            /**
             * @description What it is about
             * @example stop-warning
             * @enum {string}
             */
            kind: "stop-warning" | "start-failed" | "start-fell-back" | "status-checks-impaired" | "controller-unavailable" | "license-problem" | "license-not-released" | "budget-threshold";
            /**
             * @description The username it is for
             * @example alice
             */
            recipient: string;
            /**
             * @example warning
             * @enum {string}
             */
            severity: "info" | "warning" | "critical";
            /** @example lab-east-1 will be stopped at 14:05 UTC */
            title: string;
            /**
             * @description The worker
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId?: string;
            /** @example lab-east-1 */
            workerName?: string;
        };
        NotificationListResponse: {
            /** @description Newest first */
            items: components["schemas"]["NotificationResponse"][];
            /**
             * @description The caller's unread notifications (count), all of them, not only those listed
             * @example 3
             */
            unread: number;
        };
        NotificationPreferencesBodyDto: {
            /**
             * @description Where your e-mail notifications go; empty or absent: the address of your sign-in
             * @example alice@example.com
             */
            email?: string;
            /** @description The kinds you want; [] turns them all off */
            kinds: ("stop-warning" | "start-failed" | "start-fell-back" | "status-checks-impaired" | "controller-unavailable" | "license-problem" | "license-not-released" | "budget-threshold")[];
            /** @enum {string} */
            scope: "owned" | "all";
        };
        NotificationPreferencesResponse: {
            /**
             * @description Where e-mail notifications go; absent: the e-mail address of your sign-in
             * @example alice@example.com
             */
            email?: string;
            /** @description The kinds you receive */
            kinds: ("stop-warning" | "start-failed" | "start-fell-back" | "status-checks-impaired" | "controller-unavailable" | "license-problem" | "license-not-released" | "budget-threshold")[];
            /**
             * @description `owned`: about the workers you own (or your group owns); `all`: about every worker
             * @enum {string}
             */
            scope: "owned" | "all";
        };
        NotificationResponse: {
            actions: components["schemas"]["NotificationActionResponse"][];
            /** @example lab-east-1 has been idle for 50 min (timeout 1 h). It will be stopped at 14:05 UTC (in 10 min) unless someone uses it or keeps it running. */
            body: string;
            /** @example 2026-12-03T13:55:00.000Z */
            createdAt: string;
            /** @example 0193b2c4-9a00-7000-8000-0000000000c1 */
            id: string;
            /** @enum {string} */
            kind: "stop-warning" | "start-failed" | "start-fell-back" | "status-checks-impaired" | "controller-unavailable" | "license-problem" | "license-not-released" | "budget-threshold";
            /**
             * @description When the recipient marked it read; absent while unread
             * @example 2026-12-03T13:57:00.000Z
             */
            readAt?: string;
            /** @enum {string} */
            severity: "info" | "warning" | "critical";
            /** @example lab-east-1 will be stopped at 14:05 UTC */
            title: string;
            /** @example 0193b2c4-1111-7000-8000-000000000001 */
            workerId?: string;
            /** @example lab-east-1 */
            workerName?: string;
        };
        OperationActor: {
            id: string;
            /** @enum {string} */
            kind: "user" | "service" | "system";
            name: string;
        };
        OperationListResponse: {
            items: components["schemas"]["OperationResponse"][];
        };
        OperationResponse: {
            /** @description What went wrong */
            error?: string;
            finishedAt?: string;
            /** @description A terminate that no longer waits for an unreachable controller to release the licence */
            force?: boolean;
            id: string;
            /** @example license-registration */
            kind: string;
            /**
             * @description Share of the steps finished, in percent (0-100)
             * @example 50
             */
            percent?: number;
            /** @example Waiting for Cisco Smart Licensing (status IN_PROGRESS, 15 s elapsed) */
            progress?: string;
            requestedBy: components["schemas"]["OperationActor"];
            /** @description A short outcome of a succeeded operation (its fields depend on `kind`) */
            result?: {
                [key: string]: unknown;
            };
            startedAt: string;
            /** @enum {string} */
            status: "running" | "succeeded" | "failed";
            /** @description The named steps, in order (choreographed stop and terminate) */
            steps?: components["schemas"]["OperationStepResponse"][];
            subject: components["schemas"]["OperationSubject"];
        };
        OperationStepResponse: {
            /** @example Stopped 2 labs: BGP lab, OSPF lab */
            detail?: string;
            finishedAt?: string;
            /** @example stop-labs */
            name: string;
            startedAt?: string;
            /** @enum {string} */
            status: "pending" | "running" | "succeeded" | "failed" | "skipped";
            /** @example Stop the running labs */
            title: string;
        };
        OperationSubject: {
            id: string;
            /** @example worker */
            type: string;
        };
        PlannedSegmentResponse: {
            end: string;
            /** @description The decision in one sentence */
            label: string;
            /** @enum {string} */
            rule: "reservation" | "override" | "schedule" | "manual" | "runtime-limit" | "none";
            start: string;
            /** @enum {string} */
            state: "running" | "stopped" | "either";
        };
        PlannedTransitionResponse: {
            /** @example 2026-12-02T17:00:00.000Z */
            at: string;
            reason: string;
            rule: components["schemas"]["PowerRuleResponse"];
            /** @enum {string} */
            state: "running" | "stopped" | "either";
        };
        PowerAttemptsResponse: {
            /**
             * @description Failed starts or stops of the reconciler in a row (count); it backs off while they last
             * @example 0
             */
            failures: number;
            /** @example 2026-11-25T15:00:00.000Z */
            lastAttemptAt?: string;
            /**
             * @description Why the last attempt failed
             * @example EC2 refused: InsufficientInstanceCapacity
             */
            lastError?: string;
        };
        PowerOperationRefResponse: {
            /** @enum {string} */
            action: "stop" | "terminate";
            finishedAt?: string;
            /** @description The operation: GET /api/operations/{id} has its steps and their progress */
            id: string;
            startedAt: string;
            /** @enum {string} */
            status: "running" | "succeeded" | "failed";
            /**
             * @description What it did, once it ended
             * @example Stopped 2 labs (BGP lab, OSPF lab); EC2 stopped the instance.
             */
            summary?: string;
        };
        PowerOverrideResponse: {
            /**
             * @description Who set it
             * @example alice
             */
            by: string;
            /** @enum {string} */
            kind: "keep-running" | "keep-stopped";
            /** @example 2026-11-25T15:00:00.000Z */
            setAt: string;
            /**
             * @description When it ends by itself and the worker goes back to its schedules
             * @example 2026-11-25T22:00:00.000Z
             */
            until: string;
        };
        PowerPlanResponse: {
            from: string;
            now: string;
            rows: components["schemas"]["TimelineRowResponse"][];
            to: string;
        };
        PowerRuleResponse: {
            /** @description The reservation, schedule or runtime limit that decided */
            id?: string;
            /**
             * @description What decided, in precedence order: reservation > override > schedule > manual > runtime-limit > none
             * @enum {string}
             */
            kind: "reservation" | "override" | "schedule" | "manual" | "runtime-limit" | "none";
            /** @example CCNA classroom */
            name?: string;
        };
        PowerTransitionResponse: {
            /** @example 2026-11-25T17:00:00.000Z */
            at: string;
            /** @example Schedule "CCNA classroom" has it stopped outside its windows. */
            reason: string;
            rule: components["schemas"]["PowerRuleResponse"];
            /** @enum {string} */
            state: "running" | "stopped" | "either";
        };
        PriceListResponse: {
            /**
             * @description Fleet discount on compute now, percent (0: none)
             * @example 0
             */
            discountPercent: number;
            /**
             * @description When the discount was last changed
             * @example 2026-12-03T10:00:00.000Z
             */
            discountSetAt?: string;
            /**
             * @description The admin who last changed the discount
             * @example ada
             */
            discountSetBy?: string;
            /** @description Every instance price known: the list prices and the admins', by region and type */
            instances: components["schemas"]["InstancePriceResponse"][];
            /** @description Every EBS storage price known, by region and volume type */
            storage: components["schemas"]["StoragePriceResponse"][];
        };
        ProblemDetails: {
            /**
             * @description Stable machine-readable error code
             * @example WORKER.NOT_FOUND
             */
            code: string;
            /**
             * @description What went wrong and what to do about it
             * @example Worker 0193... does not exist.
             */
            detail: string;
            /** @description Facts about the refusal, e.g. the current status */
            details?: Record<string, never>;
            /** @description Field-level validation messages */
            errors?: components["schemas"]["FieldError"][];
            /** @example /api/workers/0193... */
            instance?: string;
            /** @example 404 */
            status: number;
            /** @example Not Found */
            title: string;
            /**
             * @description Request id; also in the X-Request-Id header and the logs
             * @example 2f1c...
             */
            traceId: string;
            /**
             * @description URI reference naming the problem type
             * @example /problems/worker.not-found
             */
            type: string;
        };
        ProvisioningDefaultsResponse: {
            /**
             * @description Default AMI id per managed region (WORKER_DEFAULT_AMI_IDS); regions without one use amiName
             * @example {
             *       "us-east-1": "ami-0123456789abcdef0"
             *     }
             */
            amiIds: {
                [key: string]: string;
            };
            /**
             * @description Default AMI name pattern (WORKER_DEFAULT_AMI_NAME)
             * @example cml-2.9-*
             */
            amiName?: string;
            /**
             * @description WORKER_DEFAULT_INSTANCE_TYPE
             * @example m5zn.metal
             */
            instanceType: string;
            /** @description What POST /api/workers accepts as a name */
            workerName: components["schemas"]["WorkerNameRuleResponse"];
        };
        ProvisioningResponse: {
            /** @description Why provisioning failed */
            failureReason?: string;
            keyName?: string;
            securityGroupIds?: string[];
            subnetId?: string;
        };
        ProvisionWorkerDto: {
            /**
             * @description Launch an instance type that cannot run CML (neither bare metal nor nested virtualisation, or not x86_64) anyway; without it such a type is a 400 WORKER.INSTANCE_TYPE_UNSUITABLE.
             * @default false
             */
            allowUnsuitableInstanceType?: boolean;
            /**
             * @description AMI to launch. Give amiId or amiName, or neither for the region default.
             * @example ami-0123456789abcdef0
             */
            amiId?: string;
            /**
             * @description AMI name pattern; the newest match is launched
             * @example cml-2.9-*
             */
            amiName?: string;
            /**
             * @description Default: WORKER_DEFAULT_INSTANCE_TYPE. Must be offered in the region (GET /api/workers/instance-types); a type that cannot run CML needs allowUnsuitableInstanceType.
             * @example m5zn.metal
             */
            instanceType?: string;
            /** @example cml-admins */
            keyName?: string;
            /**
             * @description Trimmed, then 1 to 64 characters: letters, digits, spaces and . : @ ( ) / + - _ (GET /api/system/defaults: provisioning.workerName)
             * @example lab-east-1
             */
            name: string;
            /** @example us-east-1 */
            region: string;
            /**
             * @example [
             *       "sg-0abc1234"
             *     ]
             */
            securityGroupIds?: string[];
            /** @example subnet-0abc1234 */
            subnetId?: string;
        };
        ReadinessResponse: {
            /**
             * @description Each dependency checked: `mongodb`, and `redis` when REDIS_URL is set
             * @example {
             *       "mongodb": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "up"
             *       }
             *     }
             */
            details: {
                [key: string]: components["schemas"]["ComponentHealthResponse"];
            };
            /**
             * @description Not ready is a 503 problem (`details.components` names the components)
             * @example ok
             * @enum {string}
             */
            status: "ok";
        };
        RefResponse: {
            /** @example 0193b2c4-0000-7000-8000-000000000000 */
            id: string;
            /** @example lab-east-1 */
            name: string;
        };
        RegisterLicenseDto: {
            /**
             * @description Register again even if already registered
             * @default false
             */
            reregister?: boolean;
            /** @description Cisco Smart Licensing registration token. Sent to the controller only; never stored, logged or returned. */
            token: string;
        };
        RequestedWorkersResponse: {
            /**
             * @description Workers asked for (count)
             * @example 3
             */
            count: number;
            /**
             * @example {
             *       "team": [
             *         "ccna"
             *       ]
             *     }
             */
            selector: {
                [key: string]: string[];
            };
        };
        ReservationBodyDto: {
            /**
             * @description How many workers matching the selector to reserve (the product picks free ones and says which)
             * @example 3
             */
            count?: number;
            /** @example 2026-12-08T17:00:00+01:00 */
            end: string;
            /** @example CCNA class, group B */
            purpose: string;
            /**
             * @description EC2 tags: every key must be present with one of its values
             * @example {
             *       "team": [
             *         "ccna"
             *       ]
             *     }
             */
            selector?: {
                [key: string]: string[];
            };
            /** @example 2026-12-08T09:00:00+01:00 */
            start: string;
            /** @description The workers to reserve; or give count and selector */
            workerIds?: string[];
        };
        /** @description A reservation was cancelled before its end. */
        ReservationCancelledEvent: {
            data: components["schemas"]["ReservationCancelledEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "reservation.cancelled";
        };
        /**
         * @description A reservation was cancelled before its end.
         * @example {
         *       "purpose": "CCNA class, group B",
         *       "workerIds": [
         *         "0193b2c4-..."
         *       ]
         *     }
         */
        ReservationCancelledEventData: {
            /** @example CCNA class, group B */
            purpose: string;
            /**
             * @description The workers it held
             * @example [
             *       "0193b2c4-..."
             *     ]
             */
            workerIds: string[];
        };
        /** @description Workers were reserved for a time window: they are started early enough to be ready at its start and protected from idle and runtime stops within it. */
        ReservationCreatedEvent: {
            data: components["schemas"]["ReservationCreatedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "reservation.created";
        };
        /**
         * @description Workers were reserved for a time window: they are started early enough to be ready at its start and protected from idle and runtime stops within it.
         * @example {
         *       "purpose": "CCNA class, group B",
         *       "owner": "alice",
         *       "start": "2026-12-08T08:00:00.000Z",
         *       "end": "2026-12-08T16:00:00.000Z",
         *       "workerIds": [
         *         "0193b2c4-..."
         *       ]
         *     }
         */
        ReservationCreatedEventData: {
            /**
             * Format: date-time
             * @example 2026-12-08T16:00:00.000Z
             */
            end: string;
            /**
             * @description Who holds the reservation
             * @example alice
             */
            owner: string;
            /** @example CCNA class, group B */
            purpose: string;
            /**
             * Format: date-time
             * @example 2026-12-08T08:00:00.000Z
             */
            start: string;
            /**
             * @description The reserved workers
             * @example [
             *       "0193b2c4-..."
             *     ]
             */
            workerIds: string[];
        };
        ReservationListResponse: {
            items: components["schemas"]["ReservationResponse"][];
        };
        ReservationResponse: {
            cancelledAt?: string;
            cancelledBy?: components["schemas"]["SchedulingActorResponse"];
            createdAt: string;
            createdBy: components["schemas"]["SchedulingActorResponse"];
            /** @example 2026-12-08T16:00:00.000Z */
            end: string;
            id: string;
            /**
             * @description Per worker id: minutes (min) before the start it is started, so it is ready at the start
             * @example {
             *       "0193b2c4-0000-7000-8000-000000000000": 25
             *     }
             */
            leadMinutes: {
                [key: string]: number;
            };
            /**
             * @description Who holds it (a username)
             * @example ada
             */
            owner: string;
            /** @example CCNA class, group B */
            purpose: string;
            /** @description Asked as "N workers matching a selector": what was asked */
            requested?: components["schemas"]["RequestedWorkersResponse"];
            /** @example 2026-12-08T08:00:00.000Z */
            start: string;
            workerIds: string[];
            workers: components["schemas"]["RefResponse"][];
        };
        RuntimeLimitBodyDto: {
            assignment: components["schemas"]["AssignmentDto"];
            /**
             * @description Stop after this many hours running (h), outside schedule windows and reservations
             * @example 12
             */
            hours: number;
            /** @example Twelve hours at most */
            name: string;
        };
        /** @description A runtime limit was deleted. */
        RuntimeLimitDeletedEvent: {
            data: components["schemas"]["RuntimeLimitDeletedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "runtime-limit.deleted";
        };
        /**
         * @description A runtime limit was deleted.
         * @example {
         *       "name": "Twelve hours at most"
         *     }
         */
        RuntimeLimitDeletedEventData: {
            /** @example Twelve hours at most */
            name: string;
        };
        RuntimeLimitListResponse: {
            items: components["schemas"]["RuntimeLimitResponse"][];
        };
        RuntimeLimitResponse: {
            assignment: components["schemas"]["AssignmentResponse"];
            /** @example 2026-12-02T10:00:00.000Z */
            createdAt: string;
            createdBy: components["schemas"]["SchedulingActorResponse"];
            /**
             * @description Stop after this many hours running (h)
             * @example 12
             */
            hours: number;
            /** @example 0193b2c4-0000-7000-8000-000000000001 */
            id: string;
            /** @example Twelve hours at most */
            name: string;
            /** @example 2026-12-02T10:00:00.000Z */
            updatedAt: string;
            /** @description The workers it applies to now */
            workers: components["schemas"]["RefResponse"][];
        };
        /** @description A runtime limit ("stop after N hours running") was created or changed. */
        RuntimeLimitSavedEvent: {
            data: components["schemas"]["RuntimeLimitSavedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "runtime-limit.saved";
        };
        /**
         * @description A runtime limit ("stop after N hours running") was created or changed.
         * @example {
         *       "name": "Twelve hours at most",
         *       "hours": 12,
         *       "assignment": "tag team=ccna",
         *       "created": true
         *     }
         */
        RuntimeLimitSavedEventData: {
            /**
             * @description Which workers it applies to, in words
             * @example tag team=ccna
             */
            assignment: string;
            /**
             * @description True when it was created, false when changed
             * @example true
             */
            created: boolean;
            /**
             * @description Hours of running after which a worker is stopped, outside schedule windows and reservations
             * @example 12
             */
            hours: number;
            /** @example Twelve hours at most */
            name: string;
        };
        SavedByRuleAmounts: {
            /** @description Saved by budgets, US dollars (an estimate from list prices less the discount) */
            budget: number;
            /** @description Saved by idle detection, US dollars (an estimate from list prices less the discount) */
            "idle-detection": number;
            /** @description Saved at reservation ends, US dollars (an estimate from list prices less the discount) */
            reservation: number;
            /** @description Saved by runtime limits, US dollars (an estimate from list prices less the discount) */
            "runtime-limit": number;
            /** @description Saved by schedules, US dollars (an estimate from list prices less the discount) */
            schedule: number;
        };
        SavedByRuleResponse: {
            /**
             * @description Hours saved, in hours
             * @example 310
             */
            hours: number;
            /**
             * @example idle-detection
             * @enum {string}
             */
            rule: "idle-detection" | "schedule" | "runtime-limit" | "reservation" | "budget";
            /**
             * @description Hours saved whose price is unknown, in hours (not in usd)
             * @example 0
             */
            unpricedHours: number;
            /**
             * @description Saved, US dollars (an estimate from list prices less the discount)
             * @example 1240
             */
            usd: number;
        };
        ScheduleBodyDto: {
            assignment: components["schemas"]["AssignmentDto"];
            /**
             * @description start-stop: starts when a window opens, stops when it closes; start-only; stop-only
             * @example start-stop
             * @enum {string}
             */
            behaviour: "start-stop" | "start-only" | "stop-only";
            /** @description Holiday calendar whose days are skipped */
            calendarId?: string;
            /** @example CCNA classroom */
            name: string;
            periods: components["schemas"]["WeeklyPeriodDto"][];
            /**
             * @description IANA time zone of the periods
             * @example Europe/Berlin
             */
            timezone: string;
        };
        /** @description A schedule was deleted; its workers no longer follow it. */
        ScheduleDeletedEvent: {
            data: components["schemas"]["ScheduleDeletedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "schedule.deleted";
        };
        /**
         * @description A schedule was deleted; its workers no longer follow it.
         * @example {
         *       "name": "CCNA classroom"
         *     }
         */
        ScheduleDeletedEventData: {
            /** @example CCNA classroom */
            name: string;
        };
        ScheduleListResponse: {
            items: components["schemas"]["ScheduleResponse"][];
        };
        ScheduleResponse: {
            assignment: components["schemas"]["AssignmentResponse"];
            /** @enum {string} */
            behaviour: "start-stop" | "start-only" | "stop-only";
            /** @description Holiday calendar whose days it skips */
            calendarId?: string;
            /** @example 2026-12-02T10:00:00.000Z */
            createdAt: string;
            createdBy: components["schemas"]["SchedulingActorResponse"];
            /** @example 0193b2c4-0000-7000-8000-000000000001 */
            id: string;
            /** @example CCNA classroom */
            name: string;
            periods: components["schemas"]["WeeklyPeriodResponse"][];
            /**
             * @description IANA time zone of the periods
             * @example Europe/Berlin
             */
            timezone: string;
            /** @example 2026-12-02T10:00:00.000Z */
            updatedAt: string;
            /** @description The workers it applies to now (named, or matching the selector) */
            workers: components["schemas"]["RefResponse"][];
        };
        /** @description A schedule was created or changed. */
        ScheduleSavedEvent: {
            data: components["schemas"]["ScheduleSavedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "schedule.saved";
        };
        /**
         * @description A schedule was created or changed.
         * @example {
         *       "name": "CCNA classroom",
         *       "timezone": "Europe/Berlin",
         *       "behaviour": "start-stop",
         *       "periods": 1,
         *       "calendarId": "0193b2c4-...",
         *       "assignment": "2 workers and tag team=ccna",
         *       "created": true
         *     }
         */
        ScheduleSavedEventData: {
            /**
             * @description Which workers it applies to, in words
             * @example 2 workers and tag team=ccna
             */
            assignment: string;
            /**
             * @description What it does at its windows' edges
             * @example start-stop
             * @enum {string}
             */
            behaviour: "start-stop" | "start-only" | "stop-only";
            /**
             * @description The holiday calendar whose days it skips
             * @example 0193b2c4-...
             */
            calendarId?: string;
            /**
             * @description True when it was created, false when changed
             * @example true
             */
            created: boolean;
            /** @example CCNA classroom */
            name: string;
            /**
             * @description Weekly periods (count)
             * @example 1
             */
            periods: number;
            /**
             * @description IANA time zone of its periods
             * @example Europe/Berlin
             */
            timezone: string;
        };
        SchedulingActorResponse: {
            /** @example f3c1... */
            id: string;
            /** @enum {string} */
            kind: "user" | "service" | "system";
            /** @example ada */
            name: string;
        };
        SecurityGroupOptionResponse: {
            /** @example default VPC security group */
            description?: string;
            /** @example sg-0abc1234 */
            groupId: string;
            /** @example default */
            groupName: string;
            /** @example vpc-0abc1234 */
            vpcId?: string;
        };
        SessionStatusResponse: {
            /**
             * @description Seconds until the session ends
             * @example 1740
             */
            expiresInSeconds: number;
            /**
             * @description Minutes of inactivity after which a session ends
             * @example 30
             */
            idleTimeoutMinutes: number;
            /** @example 2026-11-25T12:00:00.000Z */
            sessionExpiresAt: string;
        };
        SetOverrideDto: {
            /**
             * @description `keep-running`: running until `until` whatever its schedules (no idle stop either); `keep-stopped`: stopped until then
             * @enum {string}
             */
            kind: "keep-running" | "keep-stopped";
            /**
             * @description When it ends by itself (ISO 8601, in the future, at most 14 days ahead)
             * @example 2026-11-25T22:00:00Z
             */
            until: string;
        };
        SetOwnerDto: {
            /**
             * @description A username, or `group:<name>` for a group of the identity provider; an empty string clears the owner
             * @example alice
             */
            owner: string;
        };
        SettingResponse: {
            /**
             * Format: date-time
             * @example 2026-12-03T10:00:00.000Z
             */
            changedAt?: string;
            /**
             * @description Who changed it last (set or reset)
             * @example ada
             */
            changedBy?: string;
            /** @description What it does (the environment variable's description) */
            description: string;
            /**
             * @description The environment's value: what a reset (null) goes back to
             * @example 60
             */
            environmentValue: (boolean | number | string | string[] | {
                [key: string]: string;
            }) | null;
            /**
             * @description The job whose interval it is (GET /api/jobs)
             * @example idle-detection
             */
            job?: string;
            /**
             * @description How the value is written: true/false, a whole number, a text, a list of texts, or an object of region -> id
             * @enum {string}
             */
            kind: "boolean" | "integer" | "string" | "string-list" | "region-map";
            /** @example Idle timeout */
            label: string;
            /**
             * @description Largest value (integers)
             * @example 10080
             */
            max?: number;
            /**
             * @description Smallest value (integers)
             * @example 1
             */
            min?: number;
            /**
             * @description The name to change it by (PATCH /api/settings)
             * @example idleTimeoutMinutes
             */
            name: string;
            /** @enum {string} */
            section: "idle" | "collection" | "provisioning" | "policies";
            /**
             * @description setting: an admin set it; environment: the environment variable (or its default) is in force
             * @enum {string}
             */
            source: "setting" | "environment";
            /** @enum {string} */
            unit?: "seconds" | "minutes" | "hours";
            /**
             * @description The value in force (null: none)
             * @example 30
             */
            value: (boolean | number | string | string[] | {
                [key: string]: string;
            }) | null;
            /**
             * @description The environment variable that gives its default
             * @example IDLE_TIMEOUT_MINUTES
             */
            variable: string;
        };
        SettingsChangeBodyDto: {
            /**
             * @description Setting name -> new value (GET /api/settings names them and their kinds); null goes back to the environment's value. Settings not named are left as they are.
             * @example {
             *       "idleTimeoutMinutes": 30,
             *       "metricsIntervalSeconds": 120,
             *       "subnetId": null
             *     }
             */
            values: {
                [key: string]: (boolean | number | string | string[] | {
                    [key: string]: string;
                }) | null;
            };
            /**
             * @description The version read (GET /api/settings); a change made on an older one is refused with 409 SETTINGS.VERSION_CONFLICT
             * @example 3
             */
            version: number;
        };
        /** @description An admin changed runtime settings (GET /api/settings): every replica uses the new values without a restart. Each change names the setting, the environment variable it overrides and the values before and after (as JSON). */
        SettingsChangedEvent: {
            data: components["schemas"]["SettingsChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "settings.changed";
        };
        /**
         * @description An admin changed runtime settings (GET /api/settings): every replica uses the new values without a restart. Each change names the setting, the environment variable it overrides and the values before and after (as JSON).
         * @example {
         *       "version": 3,
         *       "changedBy": "ada",
         *       "changes": [
         *         {
         *           "setting": "idleTimeoutMinutes",
         *           "variable": "IDLE_TIMEOUT_MINUTES",
         *           "from": "60",
         *           "to": "30",
         *           "reset": false
         *         }
         *       ]
         *     }
         */
        SettingsChangedEventData: {
            /**
             * @description The admin who changed them
             * @example ada
             */
            changedBy: string;
            /**
             * @description One entry per setting changed
             * @example [
             *       {
             *         "setting": "idleTimeoutMinutes",
             *         "variable": "IDLE_TIMEOUT_MINUTES",
             *         "from": "60",
             *         "to": "30",
             *         "reset": false
             *       }
             *     ]
             */
            changes: {
                from: string;
                reset: boolean;
                setting: string;
                to: string;
                variable: string;
            }[];
            /**
             * @description The settings document's version after the change
             * @example 3
             */
            version: number;
        };
        SettingsChangeResponse: {
            /**
             * @description Settings whose value or source changed (0: nothing to change; the version stays)
             * @example 2
             */
            changed: number;
            settings: components["schemas"]["SettingResponse"][];
            /**
             * @description The settings' version: send it with a change, which is refused (409) when someone changed them since
             * @example 3
             */
            version: number;
        };
        SettingsResponse: {
            settings: components["schemas"]["SettingResponse"][];
            /**
             * @description The settings' version: send it with a change, which is refused (409) when someone changed them since
             * @example 3
             */
            version: number;
        };
        SkippedInstanceResponse: {
            instanceId: string;
            /** @example already managed as worker lab-7 */
            reason: string;
            workerId?: string;
        };
        SnoozeDto: {
            /**
             * @description Keep running for this many minutes (1 to 10080)
             * @example 120
             */
            minutes?: number;
            /**
             * @description Keep running until this time (ISO 8601, at most 7 days ahead)
             * @example 2026-11-25T18:00:00Z
             */
            until?: string;
        };
        StartupResponse: {
            /**
             * @description `history`: the median of the worker's own boots (`bootToReadySeconds`); `default`: none measured yet, RESERVATION_LEAD_DEFAULT_MINUTES
             * @enum {string}
             */
            basis: "history" | "default";
            /**
             * @description When the CML controller is expected to be available: `startedAt` plus `typicalSeconds`, never before the moment of the answer (an overdue boot is expected any moment)
             * @example 2026-11-25T10:05:05.000Z
             */
            expectedReadyAt: string;
            /**
             * @description True when this boot has already taken longer than `typicalSeconds`
             * @example false
             */
            overdue: boolean;
            /**
             * @description How many measured boots the median is of (0 with the default)
             * @example 2
             */
            samples: number;
            /**
             * @description When the product asked EC2 to start the instance
             * @example 2026-11-25T10:00:00.000Z
             */
            startedAt: string;
            /**
             * @description How long a boot of this worker usually takes, in seconds: the median of its boot-to-ready times, or the fleet default without any
             * @example 305
             */
            typicalSeconds: number;
        };
        StateChangeResponse: {
            /** @description False when nothing needed doing */
            changed: boolean;
            /** @example Stopping: the running labs first, then EC2 (operation 0193b2c4-7a00-7000-8000-0000000000aa). */
            message: string;
            /** @description The stop or terminate operation that carries it out: its steps and their progress */
            operation?: components["schemas"]["OperationResponse"];
            worker: components["schemas"]["WorkerResponse"];
        };
        StateHistoryEntryResponse: {
            /** @example 2026-11-25T10:00:00.000Z */
            at: string;
            by: components["schemas"]["LabActorResponse"];
            /**
             * @description Absent for the state the lab was first seen in
             * @example STOPPED
             */
            from?: string;
            /** @example STARTED */
            to: string;
            /**
             * @description sync: a sync found the change; user: an action through Cloud Manager
             * @enum {string}
             */
            trigger: "sync" | "user";
        };
        StatusChecksResponse: {
            /** @example 2026-11-25T10:00:00.000Z */
            checkedAt: string;
            /**
             * @description EC2 instance status check
             * @example ok
             */
            instance: string;
            /**
             * @description EC2 system status check
             * @example ok
             */
            system: string;
        };
        StoragePriceBodyDto: {
            /**
             * @description US dollars per GiB of provisioned volume per month (USD/GiB-month), more than 0; in force from now on
             * @example 0.07
             */
            usdPerGibMonth: number;
        };
        StoragePriceResponse: {
            /**
             * @description YYYY-MM-DD: when the list price was read, or when the admin's price was set
             * @example 2026-12-03
             */
            asOf: string;
            /**
             * @description The list price the product ships with (USD per GiB-month); null when it lists none
             * @example 0.08
             */
            listUsdPerGibMonth: number | null;
            /**
             * @description True while an admin's price is in force
             * @example false
             */
            overridden: boolean;
            /** @example us-east-1 */
            region: string;
            /**
             * @description When it was set; it applies from then on
             * @example 2026-12-03T10:00:00.000Z
             */
            setAt?: string;
            /**
             * @description The admin who set the price in force (when overridden)
             * @example ada
             */
            setBy?: string;
            /**
             * @description Where the price in force comes from: the AWS pricing page the list price was read from, or `admin` while an admin's price is in force
             * @example https://aws.amazon.com/ebs/pricing/
             */
            source: string;
            /**
             * @description Storage price in force now (USD per GiB-month of provisioned size); the discount does not apply to it
             * @example 0.08
             */
            usdPerGibMonth: number;
            /**
             * @description EBS volume type: gp3, gp2, io1, io2, st1, sc1 or standard
             * @example gp3
             */
            volumeType: string;
        };
        StreamEventResponse: {
            /**
             * @description When it happened
             * @example 2026-11-25T10:00:00.000Z
             */
            at: string;
            /**
             * @description Event id (UUIDv7, time-ordered); also the SSE `id:`
             * @example 0193b2c4-5d6e-7000-8000-00000000abcd
             */
            id: string;
            /**
             * @description The worker the event concerns, if any
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string | null;
        } & (components["schemas"]["BudgetChangedEvent"] | components["schemas"]["BudgetCreatedEvent"] | components["schemas"]["BudgetDeletedEvent"] | components["schemas"]["BudgetLimitEnforcedEvent"] | components["schemas"]["BudgetThresholdCrossedEvent"] | components["schemas"]["CostDiscountChangedEvent"] | components["schemas"]["CostPriceChangedEvent"] | components["schemas"]["HolidayCalendarDeletedEvent"] | components["schemas"]["HolidayCalendarSavedEvent"] | components["schemas"]["LabDeletedEvent"] | components["schemas"]["LabDiscoveredEvent"] | components["schemas"]["LabImportedEvent"] | components["schemas"]["LabRemovedEvent"] | components["schemas"]["LabStateChangedEvent"] | components["schemas"]["LabUpdatedEvent"] | components["schemas"]["NotificationCreatedEvent"] | components["schemas"]["ReservationCancelledEvent"] | components["schemas"]["ReservationCreatedEvent"] | components["schemas"]["RuntimeLimitDeletedEvent"] | components["schemas"]["RuntimeLimitSavedEvent"] | components["schemas"]["ScheduleDeletedEvent"] | components["schemas"]["ScheduleSavedEvent"] | components["schemas"]["SettingsChangedEvent"] | components["schemas"]["SystemStartedEvent"] | components["schemas"]["WorkerCapacityAttemptedEvent"] | components["schemas"]["WorkerCapacityFallbackFailedEvent"] | components["schemas"]["WorkerCmlInfoChangedEvent"] | components["schemas"]["WorkerDesiredPowerChangedEvent"] | components["schemas"]["WorkerEndpointChangedEvent"] | components["schemas"]["WorkerIdleDetectionChangedEvent"] | components["schemas"]["WorkerIdleSnoozedEvent"] | components["schemas"]["WorkerIdleTimeoutChangedEvent"] | components["schemas"]["WorkerIdleWarningClearedEvent"] | components["schemas"]["WorkerIdleWarningIssuedEvent"] | components["schemas"]["WorkerImportedEvent"] | components["schemas"]["WorkerInstanceAssignedEvent"] | components["schemas"]["WorkerInstanceTypeRestoredEvent"] | components["schemas"]["WorkerInstanceUpdatedEvent"] | components["schemas"]["WorkerLicenseDeregistrationFinishedEvent"] | components["schemas"]["WorkerLicenseDeregistrationRequestedEvent"] | components["schemas"]["WorkerLicenseRegistrationFinishedEvent"] | components["schemas"]["WorkerLicenseRegistrationRequestedEvent"] | components["schemas"]["WorkerLicenseReleaseFailedEvent"] | components["schemas"]["WorkerOverrideClearedEvent"] | components["schemas"]["WorkerOverrideSetEvent"] | components["schemas"]["WorkerOwnerChangedEvent"] | components["schemas"]["WorkerPowerHeldEvent"] | components["schemas"]["WorkerPowerOperationFinishedEvent"] | components["schemas"]["WorkerProvisioningFailedEvent"] | components["schemas"]["WorkerProvisioningRequestedEvent"] | components["schemas"]["WorkerRenamedEvent"] | components["schemas"]["WorkerServiceStatusChangedEvent"] | components["schemas"]["WorkerStatusChangedEvent"] | components["schemas"]["WorkerStatusChecksChangedEvent"] | components["schemas"]["WorkerStopWarningIssuedEvent"] | components["schemas"]["WorkerTagsChangedEvent"] | components["schemas"]["WorkerTelemetryChangedEvent"] | components["schemas"]["WorkerTerminatedEvent"] | components["schemas"]["WorkerUnregisteredEvent"] | components["schemas"]["WorkerVolumesChangedEvent"]);
        SubnetOptionResponse: {
            /** @example us-east-1a */
            availabilityZone: string;
            /**
             * @description Free IPv4 addresses (count)
             * @example 4091
             */
            availableIpAddressCount: number;
            /**
             * @description IPv4 CIDR block
             * @example 172.31.0.0/20
             */
            cidrBlock: string;
            /** @description The default subnet of its zone (in the default VPC) */
            defaultForAz: boolean;
            /**
             * @description The Name tag
             * @example lab-a
             */
            name?: string;
            /** @example subnet-0abc1234 */
            subnetId: string;
            /** @example vpc-0abc1234 */
            vpcId: string;
        };
        /** @description An app instance started. */
        SystemStartedEvent: {
            data: components["schemas"]["SystemStartedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "system.started";
        };
        /**
         * @description An app instance started.
         * @example {
         *       "instanceId": "host-1:4242",
         *       "version": "0.1.0"
         *     }
         */
        SystemStartedEventData: {
            /**
             * @description The instance (host:pid)
             * @example host-1:4242
             */
            instanceId: string;
            /**
             * @description The product version it runs
             * @example 0.1.0
             */
            version: string;
        };
        TelemetryResponse: {
            collectedAt?: string;
            /**
             * @description CPU use, percent (0-100)
             * @example 42.5
             */
            cpuPercent?: number;
            /**
             * @description Disk use, percent (0-100)
             * @example 35.1
             */
            diskPercent?: number;
            /**
             * @description EC2 CPU (CloudWatch), percent
             * @example 37.5
             */
            ec2CpuPercent?: number;
            /**
             * @description EC2 memory (CloudWatch agent), percent
             * @example 55
             */
            ec2MemoryPercent?: number;
            /**
             * @description Labs on the controller (count)
             * @example 3
             */
            labs?: number;
            /**
             * @description Memory use, percent (0-100)
             * @example 61.2
             */
            memoryPercent?: number;
            /**
             * @description Running CML nodes (count)
             * @example 12
             */
            runningNodes?: number;
            /**
             * @description Defined CML nodes (count)
             * @example 20
             */
            totalNodes?: number;
        };
        TerminateWorkerDto: {
            /**
             * @description Do not wait for an unreachable controller to stop labs, export topologies and release the licence (the licence may then stay held). Sent while a terminate waits, it makes that one go on.
             * @default false
             */
            force?: boolean;
        };
        TimelineOverrideResponse: {
            by: string;
            id: string;
            /** @enum {string} */
            kind: "keep-running" | "keep-stopped";
            until: string;
        };
        TimelineReservationResponse: {
            end: string;
            id: string;
            owner: string;
            purpose: string;
            start: string;
        };
        TimelineRowResponse: {
            /** @description When the instance ran (pending, running or stopping), from its timeline */
            actual: components["schemas"]["ActualPeriodResponse"][];
            name: string;
            overrides: components["schemas"]["TimelineOverrideResponse"][];
            /** @description What its rules want over the range */
            planned: components["schemas"]["PlannedSegmentResponse"][];
            reservations: components["schemas"]["TimelineReservationResponse"][];
            workerId: string;
        };
        UpdateBudgetBodyDto: {
            /** @example false */
            hard?: boolean;
            /**
             * @description US dollars per calendar month (UTC), above 0
             * @example 2000
             */
            monthlyUsd?: number;
            /** @example CCNA team */
            name?: string;
            scope?: components["schemas"]["BudgetScopeDto"];
            /** @example true */
            stopAtLimit?: boolean;
            /**
             * @description Percentages of monthlyUsd that notify (%), 1 to 200, ascending, each once
             * @example [
             *       80,
             *       100
             *     ]
             */
            thresholdsPercent?: number[];
        };
        UpdateTagsDto: {
            /**
             * @description Tag keys to delete
             * @example [
             *       "old-tag"
             *     ]
             */
            remove?: string[];
            /**
             * @description Tags to add or change
             * @example {
             *       "team": "blue"
             *     }
             */
            set?: {
                [key: string]: string;
            };
        };
        UpdateWorkerDto: {
            /**
             * @description CML endpoint override; null clears it
             * @example https://cml-1.example.com
             */
            endpoint?: Record<string, never> | null;
            /** @example true */
            idleDetectionEnabled?: boolean;
            /**
             * @description Idle timeout of this worker in minutes (overrides IDLE_TIMEOUT_MINUTES); null returns to the fleet default
             * @example 120
             */
            idleTimeoutMinutes?: Record<string, never> | null;
            /** @example lab-east-1 */
            name?: string;
        };
        VolumeResponse: {
            /**
             * @description Size in GiB
             * @example 64
             */
            sizeGiB: number;
            /**
             * @description EBS volume id
             * @example vol-0123456789abcdef0
             */
            volumeId: string;
            /**
             * @description EBS volume type (gp3, gp2, io2, st1 ...): with the size, what storage costs per GiB-month
             * @example gp3
             */
            volumeType: string;
        };
        WeeklyPeriodDto: {
            /**
             * @description The days a period starts on
             * @example [
             *       "mon",
             *       "tue",
             *       "wed",
             *       "thu",
             *       "fri"
             *     ]
             */
            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /**
             * @description HH:mm (24:00 allowed); at or before `start`: ends the next day
             * @example 18:00
             */
            end: string;
            /**
             * @description Wall-clock time in the schedule's zone, HH:mm
             * @example 08:00
             */
            start: string;
        };
        WeeklyPeriodResponse: {
            /**
             * @example [
             *       "mon",
             *       "tue",
             *       "wed",
             *       "thu",
             *       "fri"
             *     ]
             */
            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /** @example 18:00 */
            end: string;
            /** @example 08:00 */
            start: string;
        };
        WorkerActionsResponse: {
            /** @description PUT /api/workers/{id}/owner: the admin role or a stronger one */
            changeOwner: components["schemas"]["ActionAvailabilityResponse"];
            /** @description DELETE /api/workers/{id}/license: the admin role or a stronger one */
            deregisterLicense: components["schemas"]["ActionAvailabilityResponse"];
            /** @description PATCH /api/workers/{id}/tags: the admin role or a stronger one */
            editTags: components["schemas"]["ActionAvailabilityResponse"];
            /** @description PUT and DELETE /api/workers/{id}/override: the manager role or a stronger one, or the worker's owner */
            override: components["schemas"]["ActionAvailabilityResponse"];
            /** @description POST /api/workers/{id}/refresh: the manager role or a stronger one */
            refresh: components["schemas"]["ActionAvailabilityResponse"];
            /** @description POST /api/workers/{id}/license: the admin role or a stronger one */
            registerLicense: components["schemas"]["ActionAvailabilityResponse"];
            /** @description POST /api/workers/{id}/idle/snooze: the manager role or a stronger one */
            snooze: components["schemas"]["ActionAvailabilityResponse"];
            /** @description POST /api/workers/{id}/start: the manager role or a stronger one, or the worker's owner */
            start: components["schemas"]["ActionAvailabilityResponse"];
            /** @description POST /api/workers/{id}/stop: the manager role or a stronger one, or the worker's owner */
            stop: components["schemas"]["ActionAvailabilityResponse"];
            /** @description POST /api/workers/{id}/terminate: the admin role or a stronger one */
            terminate: components["schemas"]["ActionAvailabilityResponse"];
            /** @description DELETE /api/workers/{id}: the admin role or a stronger one */
            unregister: components["schemas"]["ActionAvailabilityResponse"];
        };
        /** @description One try for EC2 capacity during a start (changing the type of the stopped instance first when it is another) or a launch, and how it went. */
        WorkerCapacityAttemptedEvent: {
            data: components["schemas"]["WorkerCapacityAttemptedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.capacity-attempted";
        };
        /**
         * @description One try for EC2 capacity during a start (changing the type of the stopped instance first when it is another) or a launch, and how it went.
         * @example {
         *       "action": "start",
         *       "attempt": 2,
         *       "round": 1,
         *       "instanceType": "m5.metal",
         *       "subnetId": "subnet-0123456789abcdef0",
         *       "succeeded": false,
         *       "errorCode": "InsufficientInstanceCapacity",
         *       "error": "We currently do not have sufficient m5zn.metal capacity in the Availability Zone you requested.",
         *       "nextAttemptAt": "2026-12-08T07:31:00.000Z"
         *     }
         */
        WorkerCapacityAttemptedEventData: {
            /**
             * @description Starting a stopped instance, or launching a new one
             * @example start
             * @enum {string}
             */
            action: "start" | "provision";
            /**
             * @description Which try of this start or launch, from 1
             * @example 2
             */
            attempt: number;
            /**
             * @description EC2's message when it failed
             * @example We currently do not have sufficient m5zn.metal capacity in the Availability Zone you requested.
             */
            error?: string;
            /**
             * @description EC2's error code when it failed
             * @example InsufficientInstanceCapacity
             */
            errorCode?: string;
            /** @example m5.metal */
            instanceType: string;
            /**
             * Format: date-time
             * @description When the next try is planned (absent: none)
             * @example 2026-12-08T07:31:00.000Z
             */
            nextAttemptAt?: string;
            /**
             * @description Which pass through the configured options, from 1
             * @example 1
             */
            round: number;
            /**
             * @description The subnet (availability zone) of a launch
             * @example subnet-0123456789abcdef0
             */
            subnetId?: string;
            /** @example false */
            succeeded: boolean;
        };
        /** @description The capacity fallback gave up; `reason` says what was tried and what to do. */
        WorkerCapacityFallbackFailedEvent: {
            data: components["schemas"]["WorkerCapacityFallbackFailedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.capacity-fallback-failed";
        };
        /**
         * @description The capacity fallback gave up; `reason` says what was tried and what to do.
         * @example {
         *       "action": "start",
         *       "attempts": 6,
         *       "tried": [
         *         "m5zn.metal",
         *         "m5.metal"
         *       ],
         *       "reason": "No capacity after 6 attempts in 9 min (tried m5zn.metal, m5.metal; last: InsufficientInstanceCapacity). Try again later, add instance types or subnets to the fallback, or ask AWS for a capacity reservation."
         *     }
         */
        WorkerCapacityFallbackFailedEventData: {
            /**
             * @example start
             * @enum {string}
             */
            action: "start" | "provision";
            /** @example 6 */
            attempts: number;
            /** @example No capacity after 6 attempts in 9 min (tried m5zn.metal, m5.metal; last: InsufficientInstanceCapacity). Try again later, add instance types or subnets to the fallback, or ask AWS for a capacity reservation. */
            reason: string;
            /**
             * @description Each option tried, as `type` or `type in subnet`
             * @example [
             *       "m5zn.metal",
             *       "m5.metal"
             *     ]
             */
            tried: string[];
        };
        /** @description CML facts changed: version, readiness, license. */
        WorkerCmlInfoChangedEvent: {
            data: components["schemas"]["WorkerCmlInfoChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.cml-info-changed";
        };
        /**
         * @description CML facts changed: version, readiness, license.
         * @example {
         *       "changes": {
         *         "version": {
         *           "from": "2.8.1",
         *           "to": "2.9.0"
         *         }
         *       }
         *     }
         */
        WorkerCmlInfoChangedEventData: {
            /**
             * @description Field -> value before and after
             * @example {
             *       "version": {
             *         "from": "2.8.1",
             *         "to": "2.9.0"
             *       }
             *     }
             */
            changes: {
                [key: string]: {
                    from?: unknown;
                    to?: unknown;
                };
            };
        };
        WorkerCostBriefResponse: {
            /**
             * @description Calendar month, UTC
             * @example 2026-12
             */
            month: string;
            /**
             * @description US dollars so far this month (compute + storage), an estimate from list prices
             * @example 412.2
             */
            monthToDateUsd: number;
            /**
             * @description US dollars at the month's end at the pace so far; null in the month's first hour
             * @example 980.5
             */
            projectedUsd: number | null;
            /**
             * @description US dollars automatic stops saved this month
             * @example 120.4
             */
            savedUsd: number;
            /**
             * @description US dollars per hour now: compute while it starts or runs, storage until it ends; null when the compute price is unknown
             * @example 3.97
             */
            usdPerHourNow: number | null;
        };
        WorkerCostListResponse: {
            /**
             * @description When the figures were computed
             * @example 2026-12-03T12:00:00.000Z
             */
            asOf: string;
            items: components["schemas"]["WorkerCostResponse"][];
            /** @example 2026-12 */
            month: string;
        };
        WorkerCostResponse: {
            /**
             * @description Instance hours this month, US dollars (an estimate from list prices less the discount)
             * @example 412.2
             */
            computeUsd: number;
            /** @example m5zn.metal */
            instanceType: string;
            /**
             * @description Calendar month, UTC
             * @example 2026-12
             */
            month: string;
            /** @example lab-east-1 */
            name: string;
            /** @example ada */
            owner?: string;
            /**
             * @description The month's total at its end at the pace so far; null in the month's first hour and for months to come, US dollars (an estimate from list prices less the discount)
             * @example 980.5
             */
            projectedUsd: number | null;
            /** @example us-east-1 */
            region: string;
            /**
             * @description Hours running this month
             * @example 103.8
             */
            runningHours: number;
            savedByRule: components["schemas"]["SavedByRuleAmounts"];
            /**
             * @description What automatic stops saved this month (docs/cost.md, "Saved"), US dollars (an estimate from list prices less the discount)
             * @example 120.4
             */
            savedUsd: number;
            /** @example running */
            status: string;
            /**
             * @description EBS storage this month (paid while stopped too), US dollars (an estimate from list prices less the discount)
             * @example 5.1
             */
            storageUsd: number;
            /**
             * @example {
             *       "team": "ccna"
             *     }
             */
            tags: {
                [key: string]: string;
            };
            /**
             * @description computeUsd + storageUsd, US dollars (an estimate from list prices less the discount)
             * @example 417.3
             */
            totalUsd: number;
            /**
             * @description Billed hours whose price is unknown, in hours (not in the amounts)
             * @example 0
             */
            unpricedHours: number;
            /**
             * @description US dollars per hour now: compute while it starts or runs, storage until it ends; null when the compute price is unknown
             * @example 3.97
             */
            usdPerHourNow: number | null;
            /** @example 0193b2c4-1111-7000-8000-000000000001 */
            workerId: string;
        };
        /** @description What the worker should be doing changed (its desired state or the rule that decides it), as the power reconciler decided it. */
        WorkerDesiredPowerChangedEvent: {
            data: components["schemas"]["WorkerDesiredPowerChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.desired-power-changed";
        };
        /**
         * @description What the worker should be doing changed (its desired state or the rule that decides it), as the power reconciler decided it.
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "state": "running",
         *       "rule": {
         *         "kind": "schedule",
         *         "id": "0193b2c4-2222-7000-8000-000000000002",
         *         "name": "CCNA classroom"
         *       },
         *       "reason": "Schedule \"CCNA classroom\" has it running until 18:00 Europe/Berlin.",
         *       "until": "2026-11-25T17:00:00.000Z"
         *     }
         */
        WorkerDesiredPowerChangedEventData: {
            /**
             * @description The decision in one sentence
             * @example Schedule "CCNA classroom" has it running until 18:00 Europe/Berlin.
             */
            reason: string;
            /**
             * @description The rule that decided: its kind (reservation, override, schedule, manual, runtime-limit, none) and which one
             * @example {
             *       "kind": "schedule",
             *       "id": "0193b2c4-2222-7000-8000-000000000002",
             *       "name": "CCNA classroom"
             *     }
             */
            rule: {
                id?: string;
                kind: string;
                name?: string;
            };
            /**
             * @description running, stopped, or either (nothing asks; idle detection may stop it)
             * @example running
             * @enum {string}
             */
            state: "running" | "stopped" | "either";
            /**
             * Format: date-time
             * @description When the decision changes next (absent: not within the planning horizon)
             * @example 2026-11-25T17:00:00.000Z
             */
            until?: string;
            /**
             * @description The worker
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        /** @description Where the CML controller answers changed. */
        WorkerEndpointChangedEvent: {
            data: components["schemas"]["WorkerEndpointChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.endpoint-changed";
        };
        /**
         * @description Where the CML controller answers changed.
         * @example {
         *       "from": "https://198.51.100.7",
         *       "to": "https://198.51.100.9",
         *       "source": "public-ip",
         *       "problem": "The cml-endpoint tag \"ftp://cml\" is ignored: it uses ftp: (expected https://host[:port])."
         *     }
         */
        WorkerEndpointChangedEventData: {
            /**
             * @description The endpoint before (absent: none)
             * @example https://198.51.100.7
             */
            from?: string;
            /**
             * @description Why a cml-endpoint tag is ignored
             * @example The cml-endpoint tag "ftp://cml" is ignored: it uses ftp: (expected https://host[:port]).
             */
            problem?: string;
            /**
             * @description Where the endpoint comes from now
             * @example public-ip
             * @enum {string}
             */
            source: "override" | "tag" | "public-ip" | "private-ip" | "none";
            /**
             * @description The endpoint now (absent: none)
             * @example https://198.51.100.9
             */
            to?: string;
        };
        /** @description Idle detection was turned on or off for the worker. */
        WorkerIdleDetectionChangedEvent: {
            data: components["schemas"]["WorkerIdleDetectionChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.idle-detection-changed";
        };
        /**
         * @description Idle detection was turned on or off for the worker.
         * @example {
         *       "enabled": false
         *     }
         */
        WorkerIdleDetectionChangedEventData: {
            /** @example false */
            enabled: boolean;
        };
        WorkerIdleResponse: {
            /** @description What an evaluation decides now, and the facts it rests on */
            current: components["schemas"]["IdleCurrentResponse"];
            /** @description Detection covers this worker now (fleet and worker switches) */
            enabled: boolean;
            fleetEnabled: boolean;
            /** @description Minutes since the last activity */
            idleMinutes?: number;
            lastActivityAt?: string;
            /** @description When the collection cycle last read the controller's activity */
            lastActivityCheckAt?: string;
            lastActivitySource?: string;
            /** @description When idle detection last evaluated this worker */
            lastEvaluatedAt?: string;
            /** @description The latest changes of decision, newest first */
            recentDecisions: components["schemas"]["IdleDecisionResponse"][];
            snoozedUntil?: string;
            /** @description Never stopped before this time (manual start grace period) */
            startGraceUntil?: string;
            status: string;
            /** @description Minutes without activity before the worker is idle */
            timeoutMinutes: number;
            /** @enum {string} */
            timeoutSource: "worker" | "fleet";
            warning?: components["schemas"]["IdleWarningResponse"];
            workerEnabled: boolean;
            workerId: string;
        };
        /** @description The worker is kept running until `until` whatever its activity. */
        WorkerIdleSnoozedEvent: {
            data: components["schemas"]["WorkerIdleSnoozedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.idle-snoozed";
        };
        /**
         * @description The worker is kept running until `until` whatever its activity.
         * @example {
         *       "until": "2026-11-25T18:00:00.000Z"
         *     }
         */
        WorkerIdleSnoozedEventData: {
            /**
             * Format: date-time
             * @example 2026-11-25T18:00:00.000Z
             */
            until: string;
        };
        /** @description The worker's own idle timeout changed (absent: the fleet default). */
        WorkerIdleTimeoutChangedEvent: {
            data: components["schemas"]["WorkerIdleTimeoutChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.idle-timeout-changed";
        };
        /**
         * @description The worker's own idle timeout changed (absent: the fleet default).
         * @example {
         *       "from": 60,
         *       "to": 90
         *     }
         */
        WorkerIdleTimeoutChangedEventData: {
            /**
             * @description Minutes before (absent: the fleet default)
             * @example 60
             */
            from?: number;
            /**
             * @description Minutes now (absent: the fleet default)
             * @example 90
             */
            to?: number;
        };
        /** @description A pending idle warning was withdrawn. */
        WorkerIdleWarningClearedEvent: {
            data: components["schemas"]["WorkerIdleWarningClearedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.idle-warning-cleared";
        };
        /**
         * @description A pending idle warning was withdrawn.
         * @example {
         *       "reason": "A lab was started"
         *     }
         */
        WorkerIdleWarningClearedEventData: {
            /** @example A lab was started */
            reason: string;
        };
        /** @description The worker has been idle past its timeout: it will be stopped at `plannedStopAt` unless used or snoozed. */
        WorkerIdleWarningIssuedEvent: {
            data: components["schemas"]["WorkerIdleWarningIssuedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.idle-warning-issued";
        };
        /**
         * @description The worker has been idle past its timeout: it will be stopped at `plannedStopAt` unless used or snoozed.
         * @example {
         *       "plannedStopAt": "2026-11-25T10:10:00.000Z",
         *       "idleMinutes": 61,
         *       "timeoutMinutes": 60,
         *       "lastActivityAt": "2026-11-25T09:00:00.000Z",
         *       "lastActivitySource": "lab-state",
         *       "reason": "No activity for 1 h 1 min (idle timeout 1 h): stop planned at 10:10 UTC."
         *     }
         */
        WorkerIdleWarningIssuedEventData: {
            /**
             * @description Minutes since the last activity
             * @example 61
             */
            idleMinutes: number;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            lastActivityAt?: string;
            /**
             * @description Where the last activity was seen (cml-telemetry, lab-event, lab-state, start, import, created)
             * @example lab-state
             */
            lastActivitySource?: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:10:00.000Z
             */
            plannedStopAt: string;
            /**
             * @description The decision in words, times in UTC
             * @example No activity for 1 h 1 min (idle timeout 1 h): stop planned at 10:10 UTC.
             */
            reason: string;
            /**
             * @description The idle timeout that applied, minutes
             * @example 60
             */
            timeoutMinutes: number;
        };
        /** @description An existing instance became a managed worker. */
        WorkerImportedEvent: {
            data: components["schemas"]["WorkerImportedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.imported";
        };
        /**
         * @description An existing instance became a managed worker.
         * @example {
         *       "name": "lab-east-1",
         *       "region": "us-east-1",
         *       "instanceId": "i-0123456789abcdef0",
         *       "instanceType": "m5zn.metal",
         *       "amiId": "ami-0123456789abcdef0",
         *       "status": "running",
         *       "source": "api",
         *       "owner": "group:ccna-teachers",
         *       "volumes": [
         *         {
         *           "volumeId": "vol-0123456789abcdef0",
         *           "sizeGiB": 64,
         *           "volumeType": "gp3"
         *         }
         *       ]
         *     }
         */
        WorkerImportedEventData: {
            /** @example ami-0123456789abcdef0 */
            amiId: string;
            /** @example i-0123456789abcdef0 */
            instanceId: string;
            /** @example m5zn.metal */
            instanceType: string;
            /** @example lab-east-1 */
            name: string;
            /**
             * @description The owner its WORKER_OWNER_TAG tag named (absent: none)
             * @example group:ccna-teachers
             */
            owner?: string;
            /** @example us-east-1 */
            region: string;
            /**
             * @description Imported through the API, or by the auto-import job
             * @example api
             * @enum {string}
             */
            source: "api" | "auto-import";
            /**
             * @example running
             * @enum {string}
             */
            status: "pending" | "running" | "stopping" | "stopped" | "shutting-down" | "terminated" | "failed" | "unknown";
            /**
             * @description The EBS volumes attached at import, sorted by id (absent: not read; later changes are worker.volumes-changed)
             * @example [
             *       {
             *         "volumeId": "vol-0123456789abcdef0",
             *         "sizeGiB": 64,
             *         "volumeType": "gp3"
             *       }
             *     ]
             */
            volumes?: {
                /** @description Size in GiB */
                sizeGiB: number;
                /** @description EBS volume id */
                volumeId: string;
                /** @description EBS volume type (gp3, gp2, io2, st1 ...) */
                volumeType: string;
            }[];
        };
        /** @description EC2 launched the instance of a provisioned worker. */
        WorkerInstanceAssignedEvent: {
            data: components["schemas"]["WorkerInstanceAssignedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.instance-assigned";
        };
        /**
         * @description EC2 launched the instance of a provisioned worker.
         * @example {
         *       "instanceId": "i-0123456789abcdef0",
         *       "instanceType": "m5zn.metal",
         *       "amiId": "ami-0123456789abcdef0"
         *     }
         */
        WorkerInstanceAssignedEventData: {
            /** @example ami-0123456789abcdef0 */
            amiId: string;
            /** @example i-0123456789abcdef0 */
            instanceId: string;
            /** @example m5zn.metal */
            instanceType: string;
        };
        /** @description A stopped instance that a start had put on a fallback type for lack of capacity was changed back to the type it had (ModifyInstanceAttribute; WORKER_CAPACITY_FALLBACK_RESTORE_TYPE). */
        WorkerInstanceTypeRestoredEvent: {
            data: components["schemas"]["WorkerInstanceTypeRestoredEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.instance-type-restored";
        };
        /**
         * @description A stopped instance that a start had put on a fallback type for lack of capacity was changed back to the type it had (ModifyInstanceAttribute; WORKER_CAPACITY_FALLBACK_RESTORE_TYPE).
         * @example {
         *       "from": "m5.metal",
         *       "to": "m5zn.metal",
         *       "moment": "stopped"
         *     }
         */
        WorkerInstanceTypeRestoredEventData: {
            /**
             * @description The fallback type it ran on
             * @example m5.metal
             */
            from: string;
            /**
             * @description `stopped`: EC2 reported the instance stopped; `before-start`: a start came before the stop was seen, so the type was changed back first
             * @example stopped
             * @enum {string}
             */
            moment: "stopped" | "before-start";
            /**
             * @description The type it had before the fallback, and has again
             * @example m5zn.metal
             */
            to: string;
        };
        /** @description EC2 facts of the instance changed (IPs, instance type, AMI). */
        WorkerInstanceUpdatedEvent: {
            data: components["schemas"]["WorkerInstanceUpdatedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.instance-updated";
        };
        /**
         * @description EC2 facts of the instance changed (IPs, instance type, AMI).
         * @example {
         *       "changes": {
         *         "publicIp": {
         *           "from": "198.51.100.7",
         *           "to": "198.51.100.9"
         *         }
         *       }
         *     }
         */
        WorkerInstanceUpdatedEventData: {
            /**
             * @description Field -> value before and after
             * @example {
             *       "publicIp": {
             *         "from": "198.51.100.7",
             *         "to": "198.51.100.9"
             *       }
             *     }
             */
            changes: {
                [key: string]: {
                    from?: unknown;
                    to?: unknown;
                };
            };
        };
        /** @description A CML license deregistration ended. */
        WorkerLicenseDeregistrationFinishedEvent: {
            data: components["schemas"]["WorkerLicenseDeregistrationFinishedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.license-deregistration-finished";
        };
        /**
         * @description A CML license deregistration ended.
         * @example {
         *       "operationId": "0193b2c4-7a00-7000-8000-0000000000aa",
         *       "succeeded": true,
         *       "outcome": "deregistered",
         *       "error": "The controller did not answer"
         *     }
         */
        WorkerLicenseDeregistrationFinishedEventData: {
            /**
             * @description What went wrong
             * @example The controller did not answer
             */
            error?: string;
            /**
             * @description The long operation (GET /api/operations/{id})
             * @example 0193b2c4-7a00-7000-8000-0000000000aa
             */
            operationId: string;
            /**
             * @description CML's answer
             * @example deregistered
             */
            outcome?: string;
            /** @example true */
            succeeded: boolean;
        };
        /** @description A CML license deregistration was asked for. */
        WorkerLicenseDeregistrationRequestedEvent: {
            data: components["schemas"]["WorkerLicenseDeregistrationRequestedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.license-deregistration-requested";
        };
        /**
         * @description A CML license deregistration was asked for.
         * @example {
         *       "operationId": "0193b2c4-7a00-7000-8000-0000000000aa"
         *     }
         */
        WorkerLicenseDeregistrationRequestedEventData: {
            /**
             * @description The long operation (GET /api/operations/{id})
             * @example 0193b2c4-7a00-7000-8000-0000000000aa
             */
            operationId: string;
        };
        /** @description A CML license registration ended. */
        WorkerLicenseRegistrationFinishedEvent: {
            data: components["schemas"]["WorkerLicenseRegistrationFinishedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.license-registration-finished";
        };
        /**
         * @description A CML license registration ended.
         * @example {
         *       "operationId": "0193b2c4-7a00-7000-8000-0000000000aa",
         *       "succeeded": true,
         *       "registrationStatus": "COMPLETED",
         *       "error": "The controller refused the token"
         *     }
         */
        WorkerLicenseRegistrationFinishedEventData: {
            /**
             * @description What went wrong
             * @example The controller refused the token
             */
            error?: string;
            /**
             * @description The long operation (GET /api/operations/{id})
             * @example 0193b2c4-7a00-7000-8000-0000000000aa
             */
            operationId: string;
            /**
             * @description CML's registration status
             * @example COMPLETED
             */
            registrationStatus?: string;
            /** @example true */
            succeeded: boolean;
        };
        /** @description A CML license registration was asked for (the token itself is never recorded). */
        WorkerLicenseRegistrationRequestedEvent: {
            data: components["schemas"]["WorkerLicenseRegistrationRequestedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.license-registration-requested";
        };
        /**
         * @description A CML license registration was asked for (the token itself is never recorded).
         * @example {
         *       "operationId": "0193b2c4-7a00-7000-8000-0000000000aa",
         *       "reregister": false
         *     }
         */
        WorkerLicenseRegistrationRequestedEventData: {
            /**
             * @description The long operation (GET /api/operations/{id})
             * @example 0193b2c4-7a00-7000-8000-0000000000aa
             */
            operationId: string;
            /**
             * @description Register again over an existing registration
             * @example false
             */
            reregister: boolean;
        };
        /** @description A terminate could not release the licence: the controller was unreachable (and the operator forced the terminate, or waited in vain), or the worker was stopped. The licence may still be held in Smart Software Manager. */
        WorkerLicenseReleaseFailedEvent: {
            data: components["schemas"]["WorkerLicenseReleaseFailedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.license-release-failed";
        };
        /**
         * @description A terminate could not release the licence: the controller was unreachable (and the operator forced the terminate, or waited in vain), or the worker was stopped. The licence may still be held in Smart Software Manager.
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "name": "cml-berlin-01",
         *       "operationId": "0193b2c4-7a00-7000-8000-0000000000aa",
         *       "reason": "The controller could not be reached (CML.UNREACHABLE); the terminate was forced by ada.",
         *       "forced": true
         *     }
         */
        WorkerLicenseReleaseFailedEventData: {
            /**
             * @description The operator chose to terminate without waiting for the controller
             * @example true
             */
            forced: boolean;
            /** @example cml-berlin-01 */
            name: string;
            /** @example 0193b2c4-7a00-7000-8000-0000000000aa */
            operationId: string;
            /** @example The controller could not be reached (CML.UNREACHABLE); the terminate was forced by ada. */
            reason: string;
            /**
             * @description The worker
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        WorkerListItemResponse: {
            /** @description Only with `?include=actions`: what the caller may do to the worker now, and why not (as in GET /api/workers/{id}) */
            actions?: components["schemas"]["WorkerActionsResponse"];
            ami: components["schemas"]["AmiResponse"];
            /**
             * @description Seconds from a start asked to the CML controller available, the last 10, newest last
             * @example [
             *       312,
             *       298
             *     ]
             */
            bootToReadySeconds: number[];
            /** @description The last start or launch that looked for EC2 capacity (docs/stop-and-start.md); `next` while it still does */
            capacityFallback?: components["schemas"]["CapacityFallbackResponse"];
            cml: components["schemas"]["CmlResponse"];
            /** @description What it costs this month (in a list only with `?include=cost`) */
            cost?: components["schemas"]["WorkerCostBriefResponse"];
            /** @description What the power reconciler last decided the worker should be doing (`decidedAt` says when) */
            desiredPower?: components["schemas"]["DesiredPowerResponse"];
            /**
             * @description Where the CML controller answers
             * @example https://198.51.100.7
             */
            endpoint?: string;
            /** @description Endpoint set through the API (wins over the tag and the IP) */
            endpointOverride?: string;
            /**
             * @description Why the worker has no endpoint although a cml-endpoint tag is set
             * @example The cml-endpoint tag "ftp://cml" is ignored: it uses ftp: (expected https://host[:port]).
             */
            endpointProblem?: string;
            /** @enum {string} */
            endpointSource: "override" | "tag" | "public-ip" | "private-ip" | "none";
            /** @example 0193b2c4-... */
            id: string;
            idle: components["schemas"]["IdleStateResponse"];
            idleDetectionEnabled: boolean;
            /** @example i-0123456789abcdef0 */
            instanceId?: string;
            /** @example m5zn.metal */
            instanceType: string;
            /** @description Present while a start that fell back to another instance type for lack of capacity waits to go back to the worker's own type when it is next stopped (WORKER_CAPACITY_FALLBACK_RESTORE_TYPE=on-next-stop; docs/stop-and-start.md) */
            instanceTypeRestore?: components["schemas"]["InstanceTypeRestoreResponse"];
            /** @description The last start or stop a person asked for */
            lastManualChange?: components["schemas"]["ManualChangeResponse"];
            launchedAt?: string;
            lifecycle: components["schemas"]["LifecycleResponse"];
            /** @description False once unregistered (the record and history stay) */
            managed: boolean;
            /** @example lab-east-1 */
            name: string;
            /** @description When the product reads the instance's EC2 state next */
            nextStatusCheck?: components["schemas"]["NextStatusCheckResponse"];
            /** @description "Keep running / keep stopped until", in force until it expires or is cleared */
            override?: components["schemas"]["PowerOverrideResponse"];
            /**
             * @description Who owns it: a username or `group:<name>`; absent: nobody. Its owner may start and stop it and set overrides
             * @example alice
             */
            owner?: string;
            /** @description How the reconciler's starts and stops went */
            powerAttempts?: components["schemas"]["PowerAttemptsResponse"];
            /** @description The last choreographed stop or terminate (docs/stop-and-start.md); `status: running` while it runs */
            powerOperation?: components["schemas"]["PowerOperationRefResponse"];
            /** @example 10.0.1.7 */
            privateIp?: string;
            provisioning?: components["schemas"]["ProvisioningResponse"];
            /** @example 198.51.100.7 */
            publicIp?: string;
            /** @example us-east-1 */
            region: string;
            /**
             * @description Whether the CML controller answers
             * @enum {string}
             */
            serviceStatus: "unavailable" | "starting" | "available" | "error";
            /** @description While a start is under way (asked for, the controller not available yet): when the worker is expected to be ready. Absent otherwise */
            startup?: components["schemas"]["StartupResponse"];
            /** @enum {string} */
            status: "pending" | "running" | "stopping" | "stopped" | "shutting-down" | "terminated" | "failed" | "unknown";
            /** @description When the status last changed */
            statusChangedAt?: string;
            statusChecks?: components["schemas"]["StatusChecksResponse"];
            /** @example EC2 reports the instance running */
            statusReason?: string;
            /**
             * @example {
             *       "Name": "lab-east-1"
             *     }
             */
            tags: {
                [key: string]: string;
            };
            telemetry: components["schemas"]["TelemetryResponse"];
            /**
             * @description Increments with every change (optimistic concurrency)
             * @example 7
             */
            version: number;
            /** @description The EBS volumes attached to the instance (sizes in GiB), sorted by id, as last read: at import, when a launched instance is assigned and by the `volume-inventory` job. A stopped worker still pays for them. Absent: not read yet */
            volumes?: components["schemas"]["VolumeResponse"][];
            /**
             * @description When `volumes` was read (a later read that finds the same volumes changes nothing)
             * @example 2026-11-25T10:00:00.000Z
             */
            volumesReadAt?: string;
        };
        WorkerMetricsResponse: {
            from: string;
            points: components["schemas"]["MetricPointResponse"][];
            to: string;
            /** @description The unit of each series */
            units: {
                [key: string]: string;
            };
            workerId: string;
        };
        WorkerNameRuleResponse: {
            /**
             * @description The pattern in words
             * @example letters, digits, spaces and . : @ ( ) / + - _
             */
            allowedCharacters: string;
            /**
             * @description Most characters, after trimming
             * @example 64
             */
            maxLength: number;
            /**
             * @description Fewest characters, after trimming
             * @example 1
             */
            minLength: number;
            /**
             * @description JavaScript regular expression (source, no flags) the trimmed name must match
             * @example ^[\w .:@()/+-]+$
             */
            pattern: string;
        };
        /** @description An override ended: a person cleared it, or its time ran out. */
        WorkerOverrideClearedEvent: {
            data: components["schemas"]["WorkerOverrideClearedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.override-cleared";
        };
        /**
         * @description An override ended: a person cleared it, or its time ran out.
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "kind": "keep-running",
         *       "reason": "expired"
         *     }
         */
        WorkerOverrideClearedEventData: {
            /**
             * @example keep-running
             * @enum {string}
             */
            kind: "keep-running" | "keep-stopped";
            /**
             * @description Cleared by a person, or expired
             * @example expired
             * @enum {string}
             */
            reason: "cleared" | "expired";
            /**
             * @description The worker
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        /** @description An override was set: the worker is kept running (or stopped) until `until`, whatever its schedules, then goes back to them. */
        WorkerOverrideSetEvent: {
            data: components["schemas"]["WorkerOverrideSetEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.override-set";
        };
        /**
         * @description An override was set: the worker is kept running (or stopped) until `until`, whatever its schedules, then goes back to them.
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "kind": "keep-running",
         *       "until": "2026-11-25T22:00:00.000Z"
         *     }
         */
        WorkerOverrideSetEventData: {
            /**
             * @example keep-running
             * @enum {string}
             */
            kind: "keep-running" | "keep-stopped";
            /**
             * Format: date-time
             * @example 2026-11-25T22:00:00.000Z
             */
            until: string;
            /**
             * @description The worker
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        /** @description The worker's owner changed (an empty `owner`: it has none now). */
        WorkerOwnerChangedEvent: {
            data: components["schemas"]["WorkerOwnerChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.owner-changed";
        };
        /**
         * @description The worker's owner changed (an empty `owner`: it has none now).
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "owner": "alice",
         *       "previousOwner": "group:ccna-teachers"
         *     }
         */
        WorkerOwnerChangedEventData: {
            /**
             * @description A username, or `group:<name>` for a group of the identity provider; empty when cleared
             * @example alice
             */
            owner: string;
            /**
             * @description The owner before (absent: none)
             * @example group:ccna-teachers
             */
            previousOwner?: string;
            /**
             * @description The worker
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        WorkerPageResponse: {
            items: components["schemas"]["WorkerListItemResponse"][];
            /**
             * @description The last page that can be asked for with this pageSize: the last page of the items, but no deeper than 10000 items (page × pageSize)
             * @example 2
             */
            lastPage: number;
            /** @example 1 */
            page: number;
            /** @example 25 */
            pageSize: number;
            summary: components["schemas"]["FleetSummaryResponse"];
            /** @example 42 */
            total: number;
        };
        /** @description The power reconciler did not act although the worker differs from its desired state (recorded when the reason changes). */
        WorkerPowerHeldEvent: {
            data: components["schemas"]["WorkerPowerHeldEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.power-held";
        };
        /**
         * @description The power reconciler did not act although the worker differs from its desired state (recorded when the reason changes).
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "reason": "The worker is stopping; the reconciler waits until it has stopped."
         *     }
         */
        WorkerPowerHeldEventData: {
            /** @example The worker is stopping; the reconciler waits until it has stopped. */
            reason: string;
            /**
             * @description The worker
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        /** @description A choreographed stop or terminate ended; `summary` says what it did, its steps are in the operation (GET /api/operations/{id}). */
        WorkerPowerOperationFinishedEvent: {
            data: components["schemas"]["WorkerPowerOperationFinishedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.power-operation-finished";
        };
        /**
         * @description A choreographed stop or terminate ended; `summary` says what it did, its steps are in the operation (GET /api/operations/{id}).
         * @example {
         *       "operationId": "0193b2c4-7a00-7000-8000-0000000000aa",
         *       "action": "stop",
         *       "succeeded": true,
         *       "summary": "Stopped 2 labs (BGP lab, OSPF lab); EC2 stopped the instance in 45 s."
         *     }
         */
        WorkerPowerOperationFinishedEventData: {
            /**
             * @example stop
             * @enum {string}
             */
            action: "stop" | "terminate";
            /** @example 0193b2c4-7a00-7000-8000-0000000000aa */
            operationId: string;
            /** @example true */
            succeeded: boolean;
            /** @example Stopped 2 labs (BGP lab, OSPF lab); EC2 stopped the instance in 45 s. */
            summary: string;
        };
        WorkerPowerResponse: {
            /** @description The next few changes of decision, oldest first */
            next: components["schemas"]["PlannedTransitionResponse"][];
            /** @example Schedule "CCNA classroom" has it running until 18:00 (Europe/Berlin). */
            reason: string;
            rule: components["schemas"]["PowerRuleResponse"];
            /**
             * @description What it should be doing now; either: nothing asks (idle detection may stop it)
             * @enum {string}
             */
            state: "running" | "stopped" | "either";
            /**
             * @description The deciding (or first applying) schedule's time zone
             * @example Europe/Berlin
             */
            timezone?: string;
            /** @description When the decision changes next */
            until?: string;
            workerId: string;
        };
        /** @description The instance could not be launched; the worker is `failed`. */
        WorkerProvisioningFailedEvent: {
            data: components["schemas"]["WorkerProvisioningFailedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.provisioning-failed";
        };
        /**
         * @description The instance could not be launched; the worker is `failed`.
         * @example {
         *       "reason": "EC2 refused: InsufficientInstanceCapacity"
         *     }
         */
        WorkerProvisioningFailedEventData: {
            /**
             * @description What went wrong
             * @example EC2 refused: InsufficientInstanceCapacity
             */
            reason: string;
        };
        /** @description A new worker was asked for; the instance is launched in the background. */
        WorkerProvisioningRequestedEvent: {
            data: components["schemas"]["WorkerProvisioningRequestedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.provisioning-requested";
        };
        /**
         * @description A new worker was asked for; the instance is launched in the background.
         * @example {
         *       "name": "lab-east-1",
         *       "region": "us-east-1",
         *       "instanceType": "m5zn.metal",
         *       "cmlSuitability": "bare-metal",
         *       "amiId": "ami-0123456789abcdef0",
         *       "amiName": "cml-2.9.0-lablet",
         *       "subnetId": "subnet-0123456789abcdef0",
         *       "securityGroupIds": [
         *         "sg-0123456789abcdef0"
         *       ],
         *       "keyName": "lab-admins",
         *       "owner": "alice"
         *     }
         */
        WorkerProvisioningRequestedEventData: {
            /** @example ami-0123456789abcdef0 */
            amiId: string;
            /** @example cml-2.9.0-lablet */
            amiName?: string;
            /**
             * @description How the type can run CML when it was requested (absent in events from before it was recorded)
             * @example bare-metal
             * @enum {string}
             */
            cmlSuitability?: "bare-metal" | "nested-virtualization" | "unsuitable";
            /** @example m5zn.metal */
            instanceType: string;
            /** @example lab-admins */
            keyName?: string;
            /** @example lab-east-1 */
            name: string;
            /**
             * @description Who owns the new worker: whoever asked for it, a person or an API client
             * @example alice
             */
            owner?: string;
            /** @example us-east-1 */
            region: string;
            /**
             * @example [
             *       "sg-0123456789abcdef0"
             *     ]
             */
            securityGroupIds?: string[];
            /** @example subnet-0123456789abcdef0 */
            subnetId?: string;
        };
        /** @description The worker was renamed. */
        WorkerRenamedEvent: {
            data: components["schemas"]["WorkerRenamedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.renamed";
        };
        /**
         * @description The worker was renamed.
         * @example {
         *       "from": "lab-east-1",
         *       "to": "lab-east-2"
         *     }
         */
        WorkerRenamedEventData: {
            /** @example lab-east-1 */
            from: string;
            /** @example lab-east-2 */
            to: string;
        };
        WorkerResponse: {
            /** @description What the caller may do to the worker now, and why not: decided by the server from the caller's role and the worker's state (the transition table), so clients need no copy of either. The server still judges each request. */
            actions: components["schemas"]["WorkerActionsResponse"];
            ami: components["schemas"]["AmiResponse"];
            /**
             * @description Seconds from a start asked to the CML controller available, the last 10, newest last
             * @example [
             *       312,
             *       298
             *     ]
             */
            bootToReadySeconds: number[];
            /** @description The last start or launch that looked for EC2 capacity (docs/stop-and-start.md); `next` while it still does */
            capacityFallback?: components["schemas"]["CapacityFallbackResponse"];
            cml: components["schemas"]["CmlResponse"];
            /** @description What it costs this month (in a list only with `?include=cost`) */
            cost?: components["schemas"]["WorkerCostBriefResponse"];
            /** @description What the power reconciler last decided the worker should be doing (`decidedAt` says when) */
            desiredPower?: components["schemas"]["DesiredPowerResponse"];
            /**
             * @description Where the CML controller answers
             * @example https://198.51.100.7
             */
            endpoint?: string;
            /** @description Endpoint set through the API (wins over the tag and the IP) */
            endpointOverride?: string;
            /**
             * @description Why the worker has no endpoint although a cml-endpoint tag is set
             * @example The cml-endpoint tag "ftp://cml" is ignored: it uses ftp: (expected https://host[:port]).
             */
            endpointProblem?: string;
            /** @enum {string} */
            endpointSource: "override" | "tag" | "public-ip" | "private-ip" | "none";
            /** @example 0193b2c4-... */
            id: string;
            idle: components["schemas"]["IdleStateResponse"];
            idleDetectionEnabled: boolean;
            /** @example i-0123456789abcdef0 */
            instanceId?: string;
            /** @example m5zn.metal */
            instanceType: string;
            /** @description Present while a start that fell back to another instance type for lack of capacity waits to go back to the worker's own type when it is next stopped (WORKER_CAPACITY_FALLBACK_RESTORE_TYPE=on-next-stop; docs/stop-and-start.md) */
            instanceTypeRestore?: components["schemas"]["InstanceTypeRestoreResponse"];
            /** @description The last start or stop a person asked for */
            lastManualChange?: components["schemas"]["ManualChangeResponse"];
            launchedAt?: string;
            lifecycle: components["schemas"]["LifecycleResponse"];
            /** @description False once unregistered (the record and history stay) */
            managed: boolean;
            /** @example lab-east-1 */
            name: string;
            /** @description When the product reads the instance's EC2 state next */
            nextStatusCheck?: components["schemas"]["NextStatusCheckResponse"];
            /** @description "Keep running / keep stopped until", in force until it expires or is cleared */
            override?: components["schemas"]["PowerOverrideResponse"];
            /**
             * @description Who owns it: a username or `group:<name>`; absent: nobody. Its owner may start and stop it and set overrides
             * @example alice
             */
            owner?: string;
            /** @description How the reconciler's starts and stops went */
            powerAttempts?: components["schemas"]["PowerAttemptsResponse"];
            /** @description The last choreographed stop or terminate (docs/stop-and-start.md); `status: running` while it runs */
            powerOperation?: components["schemas"]["PowerOperationRefResponse"];
            /** @example 10.0.1.7 */
            privateIp?: string;
            provisioning?: components["schemas"]["ProvisioningResponse"];
            /** @example 198.51.100.7 */
            publicIp?: string;
            /** @example us-east-1 */
            region: string;
            /**
             * @description Whether the CML controller answers
             * @enum {string}
             */
            serviceStatus: "unavailable" | "starting" | "available" | "error";
            /** @description While a start is under way (asked for, the controller not available yet): when the worker is expected to be ready. Absent otherwise */
            startup?: components["schemas"]["StartupResponse"];
            /** @enum {string} */
            status: "pending" | "running" | "stopping" | "stopped" | "shutting-down" | "terminated" | "failed" | "unknown";
            /** @description When the status last changed */
            statusChangedAt?: string;
            statusChecks?: components["schemas"]["StatusChecksResponse"];
            /** @example EC2 reports the instance running */
            statusReason?: string;
            /**
             * @example {
             *       "Name": "lab-east-1"
             *     }
             */
            tags: {
                [key: string]: string;
            };
            telemetry: components["schemas"]["TelemetryResponse"];
            /**
             * @description Increments with every change (optimistic concurrency)
             * @example 7
             */
            version: number;
            /** @description The EBS volumes attached to the instance (sizes in GiB), sorted by id, as last read: at import, when a launched instance is assigned and by the `volume-inventory` job. A stopped worker still pays for them. Absent: not read yet */
            volumes?: components["schemas"]["VolumeResponse"][];
            /**
             * @description When `volumes` was read (a later read that finds the same volumes changes nothing)
             * @example 2026-11-25T10:00:00.000Z
             */
            volumesReadAt?: string;
        };
        /** @description Whether the CML controller answers changed. */
        WorkerServiceStatusChangedEvent: {
            data: components["schemas"]["WorkerServiceStatusChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.service-status-changed";
        };
        /**
         * @description Whether the CML controller answers changed.
         * @example {
         *       "from": "starting",
         *       "to": "available",
         *       "reason": "The controller answers"
         *     }
         */
        WorkerServiceStatusChangedEventData: {
            /**
             * @example starting
             * @enum {string}
             */
            from: "unavailable" | "starting" | "available" | "error";
            /** @example The controller answers */
            reason: string;
            /**
             * @example available
             * @enum {string}
             */
            to: "unavailable" | "starting" | "available" | "error";
        };
        /** @description The worker's status changed. */
        WorkerStatusChangedEvent: {
            data: components["schemas"]["WorkerStatusChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.status-changed";
        };
        /**
         * @description The worker's status changed.
         * @example {
         *       "from": "running",
         *       "to": "stopping",
         *       "trigger": "user",
         *       "reason": "Stop requested by ada"
         *     }
         */
        WorkerStatusChangedEventData: {
            /**
             * @example running
             * @enum {string}
             */
            from: "pending" | "running" | "stopping" | "stopped" | "shutting-down" | "terminated" | "failed" | "unknown";
            /** @example Stop requested by ada */
            reason: string;
            /**
             * @example stopping
             * @enum {string}
             */
            to: "pending" | "running" | "stopping" | "stopped" | "shutting-down" | "terminated" | "failed" | "unknown";
            /**
             * @description What caused it
             * @example user
             * @enum {string}
             */
            trigger: "user" | "ec2" | "provisioning" | "idle-detection" | "import" | "schedule" | "reservation" | "runtime-limit" | "override" | "budget";
        };
        /** @description EC2's status checks of the instance changed. */
        WorkerStatusChecksChangedEvent: {
            data: components["schemas"]["WorkerStatusChecksChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.status-checks-changed";
        };
        /**
         * @description EC2's status checks of the instance changed.
         * @example {
         *       "instance": "ok",
         *       "system": "ok",
         *       "checkedAt": "2026-11-25T10:00:00.000Z"
         *     }
         */
        WorkerStatusChecksChangedEventData: {
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            checkedAt: string;
            /**
             * @description EC2 instance status check
             * @example ok
             */
            instance: string;
            /**
             * @description EC2 system status check
             * @example ok
             */
            system: string;
        };
        /** @description The power reconciler will stop the running worker at `plannedStopAt`: a schedule window closes, its runtime limit is reached or a reservation ends (issued once per planned stop, SCHEDULE_STOP_WARNING_LEAD_MINUTES ahead). */
        WorkerStopWarningIssuedEvent: {
            data: components["schemas"]["WorkerStopWarningIssuedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.stop-warning-issued";
        };
        /**
         * @description The power reconciler will stop the running worker at `plannedStopAt`: a schedule window closes, its runtime limit is reached or a reservation ends (issued once per planned stop, SCHEDULE_STOP_WARNING_LEAD_MINUTES ahead).
         * @example {
         *       "workerId": "0193b2c4-1111-7000-8000-000000000001",
         *       "plannedStopAt": "2026-11-25T18:00:00.000Z",
         *       "cause": "schedule",
         *       "ruleId": "0193b2c4-2222-7000-8000-000000000002",
         *       "ruleName": "Lab hours",
         *       "limitHours": 8,
         *       "reason": "Schedule \"Lab hours\" ends: stop planned at 18:00 UTC."
         *     }
         */
        WorkerStopWarningIssuedEventData: {
            /**
             * @description What ends: a schedule window, the runtime limit, or a reservation
             * @example schedule
             * @enum {string}
             */
            cause: "schedule" | "runtime-limit" | "reservation";
            /**
             * @description The runtime limit reached, hours (cause runtime-limit)
             * @example 8
             */
            limitHours?: number;
            /**
             * Format: date-time
             * @example 2026-11-25T18:00:00.000Z
             */
            plannedStopAt: string;
            /**
             * @description The warning in words, times in UTC
             * @example Schedule "Lab hours" ends: stop planned at 18:00 UTC.
             */
            reason: string;
            /**
             * @description The schedule, reservation or runtime limit
             * @example 0193b2c4-2222-7000-8000-000000000002
             */
            ruleId?: string;
            /**
             * @description Its name (a reservation: its purpose)
             * @example Lab hours
             */
            ruleName?: string;
            /**
             * @description The worker
             * @example 0193b2c4-1111-7000-8000-000000000001
             */
            workerId: string;
        };
        /** @description The instance's EC2 tags were changed through the API. */
        WorkerTagsChangedEvent: {
            data: components["schemas"]["WorkerTagsChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.tags-changed";
        };
        /**
         * @description The instance's EC2 tags were changed through the API.
         * @example {
         *       "set": {
         *         "owner": "ada"
         *       },
         *       "removed": [
         *         "project"
         *       ]
         *     }
         */
        WorkerTagsChangedEventData: {
            /**
             * @description Keys removed
             * @example [
             *       "project"
             *     ]
             */
            removed: string[];
            /**
             * @description Keys added or changed, with their new values
             * @example {
             *       "owner": "ada"
             *     }
             */
            set: {
                [key: string]: string;
            };
        };
        /** @description Telemetry moved beyond the threshold (percent points), or node or lab counts changed. Only the figures that moved are present. */
        WorkerTelemetryChangedEvent: {
            data: components["schemas"]["WorkerTelemetryChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.telemetry-changed";
        };
        /**
         * @description Telemetry moved beyond the threshold (percent points), or node or lab counts changed. Only the figures that moved are present.
         * @example {
         *       "ec2CpuPercent": 37.5,
         *       "ec2MemoryPercent": 55,
         *       "cpuPercent": 42.5,
         *       "memoryPercent": 61.2,
         *       "diskPercent": 35.1,
         *       "runningNodes": 12,
         *       "totalNodes": 20,
         *       "labs": 3
         *     }
         */
        WorkerTelemetryChangedEventData: {
            /**
             * @description CML CPU use, percent (0-100)
             * @example 42.5
             */
            cpuPercent?: number;
            /**
             * @description CML disk use, percent (0-100)
             * @example 35.1
             */
            diskPercent?: number;
            /**
             * @description EC2 CPU (CloudWatch), percent
             * @example 37.5
             */
            ec2CpuPercent?: number;
            /**
             * @description EC2 memory (CloudWatch agent), percent
             * @example 55
             */
            ec2MemoryPercent?: number;
            /**
             * @description Labs on the controller (count)
             * @example 3
             */
            labs?: number;
            /**
             * @description CML memory use, percent (0-100)
             * @example 61.2
             */
            memoryPercent?: number;
            /**
             * @description Running CML nodes (count)
             * @example 12
             */
            runningNodes?: number;
            /**
             * @description Defined CML nodes (count)
             * @example 20
             */
            totalNodes?: number;
        };
        /** @description EC2 reports the instance terminated. */
        WorkerTerminatedEvent: {
            data: components["schemas"]["WorkerTerminatedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.terminated";
        };
        /**
         * @description EC2 reports the instance terminated.
         * @example {
         *       "instanceId": "i-0123456789abcdef0"
         *     }
         */
        WorkerTerminatedEventData: {
            /** @example i-0123456789abcdef0 */
            instanceId?: string;
        };
        /** @description The worker is no longer managed (its record and history stay). */
        WorkerUnregisteredEvent: {
            data: components["schemas"]["WorkerUnregisteredEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.unregistered";
        };
        /**
         * @description The worker is no longer managed (its record and history stay).
         * @example {
         *       "instanceId": "i-0123456789abcdef0",
         *       "terminateInstance": false
         *     }
         */
        WorkerUnregisteredEventData: {
            /** @example i-0123456789abcdef0 */
            instanceId?: string;
            /**
             * @description The instance was terminated first
             * @example false
             */
            terminateInstance: boolean;
        };
        /** @description The EBS volumes attached to the instance differ from the last read (one attached, detached, resized or of another type), or were read for the first time after the import or launch. What storage costs is priced from them. */
        WorkerVolumesChangedEvent: {
            data: components["schemas"]["WorkerVolumesChangedEventData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "worker.volumes-changed";
        };
        /**
         * @description The EBS volumes attached to the instance differ from the last read (one attached, detached, resized or of another type), or were read for the first time after the import or launch. What storage costs is priced from them.
         * @example {
         *       "volumes": [
         *         {
         *           "volumeId": "vol-0123456789abcdef0",
         *           "sizeGiB": 64,
         *           "volumeType": "gp3"
         *         }
         *       ],
         *       "totalGiB": 64
         *     }
         */
        WorkerVolumesChangedEventData: {
            /**
             * @description Total size of the volumes, in GiB
             * @example 64
             */
            totalGiB: number;
            /**
             * @description Every volume attached now, sorted by id
             * @example [
             *       {
             *         "volumeId": "vol-0123456789abcdef0",
             *         "sizeGiB": 64,
             *         "volumeType": "gp3"
             *       }
             *     ]
             */
            volumes: {
                /** @description Size in GiB */
                sizeGiB: number;
                /** @description EBS volume id */
                volumeId: string;
                /** @description EBS volume type (gp3, gp2, io2, st1 ...) */
                volumeType: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ActionLinks_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The signed link token, as sent in the notification */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The confirmation page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description ACTION_LINK.MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACTION_LINK.TAMPERED: the signature does not match */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACTION_LINK.STATE_MOVED_ON: the worker is no longer running, or its power plan changed since the warning */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACTION_LINK.EXPIRED or ACTION_LINK.USED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActionLinks_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The signed link token, as sent in the notification */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description ACTION_LINK.MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACTION_LINK.TAMPERED: the signature does not match */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACTION_LINK.STATE_MOVED_ON, or ACTION_LINK.ACTION_FAILED (the worker refused; the link still works) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACTION_LINK.EXPIRED or ACTION_LINK.USED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in; redirect to the page the sign-in started from */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, replayed or foreign state, or the provider refused (an HTML page for browsers) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: {
                /** @description Same-origin path to come back to, e.g. /workers/123 */
                returnTo?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the identity provider */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoutResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the role this needs, or the CSRF token is missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the role this needs, or the CSRF token is missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStatusResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the role this needs, or the CSRF token is missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Auth_extend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStatusResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the role this needs, or the CSRF token is missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Budgets_list: {
        parameters: {
            query?: {
                /** @description The month (YYYY-MM, UTC) the statuses are for; the current one when absent */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetListResponse"];
                };
            };
            /** @description REQUEST.INVALID: month is not YYYY-MM */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Budgets_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBudgetBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetResponse"];
                };
            };
            /** @description BUDGET.INVALID names every problem (no name, an amount not above 0, thresholds not ascending or outside 1-200, a scope without its owner or tag), or REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description BUDGET.NAME_TAKEN names the budget that has the name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Budgets_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description BUDGET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Budgets_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description BUDGET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Budgets_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBudgetBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetResponse"];
                };
            };
            /** @description BUDGET.INVALID names every problem (no name, an amount not above 0, thresholds not ascending or outside 1-200, a scope without its owner or tag), or REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description BUDGET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description BUDGET.NAME_TAKEN names the budget that has the name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CostReport_report: {
        parameters: {
            query?: {
                /** @description What the groups and the stacked days are: owners, regions, the values of one tag (`tagKey`) or workers */
                groupBy?: "owner" | "region" | "tag" | "worker";
                /** @description Calendar month in UTC, `YYYY-MM` (default: the current one) */
                month?: string;
                /** @description The tag whose values are the groups (with groupBy=tag) */
                tagKey?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostReportResponse"];
                };
            };
            /** @description REQUEST.INVALID: a malformed month, an unknown groupBy, groupBy=tag without tagKey */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CostPrices_setDiscount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiscountBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscountResponse"];
                };
            };
            /** @description COST.DISCOUNT_INVALID: outside 0 to (not including) 100; REQUEST.INVALID when not a number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CostPrices_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CostPrices_setInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instanceType: string;
                region: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstancePriceBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstancePriceResponse"];
                };
            };
            /** @description COST.PRICE_INVALID names every problem (a region not shaped like us-east-1, a type that is not one, a price not more than 0), or REQUEST.INVALID when the price is not a number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CostPrices_clearInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instanceType: string;
                region: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description COST.OVERRIDE_NOT_FOUND: no admin price is set there; the list price is in force already */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CostPrices_setStorage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                region: string;
                /** @description gp3, gp2, io1, io2, st1, sc1 or standard */
                volumeType: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StoragePriceBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoragePriceResponse"];
                };
            };
            /** @description COST.PRICE_INVALID names every problem (a region not shaped like us-east-1, a type that is not one, a price not more than 0), or REQUEST.INVALID when the price is not a number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CostPrices_clearStorage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                region: string;
                volumeType: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description COST.OVERRIDE_NOT_FOUND: no admin price is set there; the list price is in force already */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CostReport_workers: {
        parameters: {
            query?: {
                /** @description Calendar month in UTC, `YYYY-MM` (default: the current one) */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerCostListResponse"];
                };
            };
            /** @description REQUEST.INVALID: a malformed month */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CostReport_csv: {
        parameters: {
            query?: {
                /** @description Calendar month in UTC, `YYYY-MM` (default: the current one) */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 4180 CSV, a header row first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description REQUEST.INVALID: a malformed month */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Events_list: {
        parameters: {
            query?: {
                /** @description Who caused the events: an actor id or name exactly as events carry it (`actor.id`, `actor.name`): a username, a client id, `system:<job>` or a job name such as `idle-detection` */
                actor?: string;
                /** @description Events after this event id, oldest first (catch-up); not with `before` */
                after?: string;
                /** @description Events before this event id, newest first (paging back: pass `nextBefore`); not with `after` */
                before?: string;
                /** @description Events that occurred at or after this moment (ISO 8601 with a zone, or a day: midnight UTC) */
                from?: string;
                limit?: number;
                /** @description Without a cursor, the newest `limit` events in this order; `before` is always newest first, `after` always oldest first */
                order?: "oldest-first" | "newest-first";
                /** @description Events that occurred at or before this moment (ISO 8601 with a zone, or a day: midnight UTC) */
                to?: string;
                /** @description Event types, comma-separated; a trailing `*` matches a prefix */
                types?: string;
                /** @description Worker ids, comma-separated: events of these workers, or naming them (`data.workerId`) */
                workerIds?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in the order asked for, and where to continue either way */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListingResponse"];
                };
            };
            /** @description REQUEST.INVALID: an unknown type, a malformed worker id, event id or time, `to` before `from`, `after` with `before` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    EventsCsv_csv: {
        parameters: {
            query?: {
                /** @description Who caused the events: an actor id or name exactly as events carry it (`actor.id`, `actor.name`): a username, a client id, `system:<job>` or a job name such as `idle-detection` */
                actor?: string;
                /** @description Events that occurred at or after this moment (ISO 8601 with a zone, or a day: midnight UTC) */
                from?: string;
                /** @description Events that occurred at or before this moment (ISO 8601 with a zone, or a day: midnight UTC) */
                to?: string;
                /** @description Event types, comma-separated; a trailing `*` matches a prefix */
                types?: string;
                /** @description Worker ids, comma-separated: events of these workers, or naming them (`data.workerId`) */
                workerIds?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 4180 CSV, a header row first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description REQUEST.INVALID: an unknown type, a malformed worker id or time, `to` before `from` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Events_stream: {
        parameters: {
            query?: {
                /** @description Resume after this event id, like the Last-Event-ID header (which wins when both are sent) */
                lastEventId?: string;
                /** @description Event types, comma-separated; a trailing `*` matches a prefix */
                types?: string;
                /** @description Worker ids, comma-separated: events of these workers, or naming them (`data.workerId`) */
                workerIds?: string;
            };
            header?: {
                /** @description Resume after this event id (browsers send it when they reconnect) */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream; it stays open until the client leaves, the session ends or the client falls too far behind */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Unknown event type, malformed worker id or event id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description EVENTS.TOO_MANY_STREAMS: the caller already holds SSE_MAX_STREAMS_PER_IDENTITY open streams on this instance, or the instance serves SSE_MAX_STREAMS_PER_INSTANCE (`details.limit` says which); Retry-After in seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessResponse"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency is down (`details.components` says which), or the instance is shutting down (`HEALTH.DRAINING`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HolidayCalendars_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayCalendarListResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HolidayCalendars_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HolidayCalendarBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayCalendarResponse"];
                };
            };
            /** @description CALENDAR.INVALID names every problem (a date that is not YYYY-MM-DD, no name), or REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HolidayCalendars_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayCalendarResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CALENDAR.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HolidayCalendars_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HolidayCalendarBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayCalendarResponse"];
                };
            };
            /** @description CALENDAR.INVALID, REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CALENDAR.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HolidayCalendars_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CALENDAR.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CALENDAR.IN_USE names the schedules that use it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HolidayCalendars_import: {
        parameters: {
            query?: {
                /** @description Name of the calendar (with a text/calendar body) */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ics: string;
                    name: string;
                };
                "text/calendar": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayCalendarResponse"];
                };
            };
            /** @description CALENDAR.INVALID (no name), REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CALENDAR.FILE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CALENDAR.MEDIA_TYPE: neither text/calendar nor JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CALENDAR.FILE_INVALID: not an iCalendar file, or no events; the message says which */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Jobs_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResponse"][];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Jobs_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRunResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already running, or disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Jobs_recent: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRunResponse"][];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Labs_list: {
        parameters: {
            query?: {
                /** @description Also list labs that were removed from, or deleted on, their controller (their records and history stay) */
                includeGone?: boolean;
                /** @description Owner username (exact) */
                owner?: string;
                /** @description Page number, from 1. page × pageSize may be at most 10000 (with the default pageSize of 25: page 400 at most); narrow the filters to reach items beyond that. */
                page?: number;
                pageSize?: number;
                /** @description Search in titles (case-insensitive) */
                q?: string;
                /** @description Field to sort by, prefixed with - for descending: title, state, owner, nodes, links, created, modified, lastSynced */
                sort?: string;
                /** @description One or more CML lab states, comma-separated */
                state?: string;
                /** @description Only the labs of this worker */
                workerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabPageResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationChannels_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationChannelListResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationChannels_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationChannelBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationChannelResponse"];
                };
            };
            /** @description NOTIFICATION_CHANNEL.INVALID names every problem (a URL that is not http(s), an address that is not one, unknown kinds, a webhook without a secret), or REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationChannels_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationChannelResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOTIFICATION_CHANNEL.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationChannels_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationChannelBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationChannelResponse"];
                };
            };
            /** @description NOTIFICATION_CHANNEL.INVALID names every problem (a URL that is not http(s), an address that is not one, unknown kinds, a webhook without a secret), or REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOTIFICATION_CHANNEL.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationChannels_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOTIFICATION_CHANNEL.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationChannels_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelTestResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOTIFICATION_CHANNEL.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Notifications_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only unread ones */
                unreadOnly?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListResponse"];
                };
            };
            /** @description REQUEST.INVALID (limit outside 1..200, unreadOnly not true or false) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Notifications_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOTIFICATION.NOT_FOUND (also for someone else's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Notifications_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Notifications_savePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesResponse"];
                };
            };
            /** @description NOTIFICATION_PREFERENCES.INVALID names every problem, or REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Notifications_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Operations_list: {
        parameters: {
            query: {
                /** @description At most this many (1-50, default 10) */
                limit?: string;
                /** @description The id of what the operations act on (a worker id) */
                subjectId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationListResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Operations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Reservations_list: {
        parameters: {
            query?: {
                /** @description Reservations that end after this time (default: now) */
                from?: string;
                /** @description Reservations that start before this time */
                to?: string;
                /** @description Only the reservations of this worker */
                workerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservationListResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Reservations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReservationBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservationResponse"];
                };
            };
            /** @description RESERVATION.INVALID names every problem (end before start, over already, longer than 31 days, no workers), RESERVATION.SELECTOR_MATCHES_NOTHING, REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description SCHEDULING.NOT_YOURS: a named worker is not yours and you are not a manager
             *
             *     Requires the user role or a stronger one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description RESERVATION.CONFLICT names the reservation that holds a worker then (purpose, owner, window); RESERVATION.NOT_ENOUGH_WORKERS names the free ones */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description RESERVATION.BUSY: another reservation was being made; try again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Reservations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservationResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description RESERVATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Reservations_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description SCHEDULING.NOT_YOURS
             *
             *     Requires the user role or a stronger one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description RESERVATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description RESERVATION.OVER: ended or cancelled already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RuntimeLimits_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuntimeLimitListResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RuntimeLimits_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuntimeLimitBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuntimeLimitResponse"];
                };
            };
            /** @description RUNTIME_LIMIT.INVALID names every problem (hours out of range, no assignment, a selector that matches no worker, unknown workers), or REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RuntimeLimits_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuntimeLimitResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description RUNTIME_LIMIT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RuntimeLimits_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuntimeLimitBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuntimeLimitResponse"];
                };
            };
            /** @description RUNTIME_LIMIT.INVALID names every problem (hours out of range, no assignment, a selector that matches no worker, unknown workers), or REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description RUNTIME_LIMIT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RuntimeLimits_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description RUNTIME_LIMIT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Schedules_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleListResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Schedules_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description SCHEDULE.INVALID names every problem (unknown time zone, overlapping periods, no days, a selector that matches no worker, unknown workers, a calendar that does not exist), or REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Schedules_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description SCHEDULE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Schedules_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description SCHEDULE.INVALID names every problem (unknown time zone, overlapping periods, no days, a selector that matches no worker, unknown workers, a calendar that does not exist), or REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description SCHEDULE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Schedules_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description SCHEDULE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Power_plan: {
        parameters: {
            query: {
                from: string;
                /** @description At most 31 days after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerPlanResponse"];
                };
            };
            /** @description PLAN.RANGE_INVALID (to not after from, or longer than 31 days), REQUEST.INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Settings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Settings_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsChangeBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsChangeResponse"];
                };
            };
            /** @description SETTINGS.INVALID names every setting that cannot take its value and what it accepts; REQUEST.INVALID when version or values are missing or of the wrong kind */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description SETTINGS.VERSION_CONFLICT: someone changed the settings since the version given; nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Defaults_defaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleDefaultsResponse"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_list: {
        parameters: {
            query?: {
                /** @description What each listed worker carries beyond its fields, comma-separated: `actions` (what the caller may do to it now, and why not; as GET /api/workers/{id} answers it), `cost` (what it costs this month). Left out by default: `actions` makes a page about 40 % smaller, `cost` reads the cost ledger. */
                include?: string;
                /** @description Also list terminated workers (admin only) */
                includeTerminated?: boolean;
                /** @description Also list unregistered workers (admin only) */
                includeUnregistered?: boolean;
                /** @description Page number, from 1. page × pageSize may be at most 10000 (with the default pageSize of 25: page 400 at most); narrow the filters to reach items beyond that. */
                page?: number;
                pageSize?: number;
                /** @description Search in name, instance id and IP addresses */
                q?: string;
                region?: string;
                /** @description Field to sort by, prefixed with - for descending: name, status, region, instanceType, createdAt, updatedAt, cpu, memory, disk, runningNodes */
                sort?: string;
                /** @description One or more statuses, comma-separated */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerPageResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_provision: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvisionWorkerDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerResponse"];
                };
            };
            /** @description Invalid input, unmanaged region, no AMI configured, WORKER.INSTANCE_TYPE_NOT_OFFERED (the region does not offer the type), WORKER.INSTANCE_TYPE_UNSUITABLE (CML cannot run on it; allowUnsuitableInstanceType launches it anyway), WORKER.SUBNET_NOT_FOUND, WORKER.SECURITY_GROUP_NOT_FOUND, WORKER.SECURITY_GROUP_OUTSIDE_VPC (a group of another VPC than the subnet's) or WORKER.KEY_PAIR_NOT_FOUND */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.AMI_NOT_FOUND: the AMI does not exist in the region */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description EC2 refused to list the instance types or AMIs */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkersCsv_csv: {
        parameters: {
            query?: {
                /** @description Also list terminated workers (admin only) */
                includeTerminated?: boolean;
                /** @description Also list unregistered workers (admin only) */
                includeUnregistered?: boolean;
                /** @description Search in name, instance id and IP addresses */
                q?: string;
                region?: string;
                /** @description Field to sort by, prefixed with - for descending: name, status, region, instanceType, createdAt, updatedAt, cpu, memory, disk, runningNodes */
                sort?: string;
                /** @description One or more statuses, comma-separated */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 4180 CSV, a header row first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description REQUEST.INVALID: an unknown status or sort, a malformed region */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description AUTH.FORBIDDEN: includeTerminated or includeUnregistered without the admin role
             *
             *     Requires the user role or a stronger one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_unregister: {
        parameters: {
            query?: {
                /** @description Also terminate the EC2 instance */
                terminateInstance?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already unregistered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_computeHosts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeHostResponse"][];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.WORKER_NOT_RUNNING (names the status), LAB.WORKER_NOT_MANAGED, or LAB.CONTROLLER_UNAVAILABLE (unreachable, timed out, booting, circuit open, no endpoint or credentials; names the reason) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.CONTROLLER_READS_THROTTLED: the worker's controller was asked for LAB_CONTROLLER_READS_PER_MINUTE topologies and definitions this minute; Retry-After in seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_events: {
        parameters: {
            query?: {
                /** @description Page number, from 1. page × pageSize may be at most 10000 (with the default pageSize of 50: page 200 at most); narrow the filters to reach items beyond that. */
                page?: number;
                pageSize?: number;
                /** @description `people`: what people and policies did, without the changes the product observed on its own (telemetry, CML and EC2 facts, status checks, endpoint and service status) */
                view?: "all" | "people";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPageResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerInsights_idle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerIdleResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerInsights_snooze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnoozeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerIdleResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The worker is not running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_imageDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageDefinitionResponse"][];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.WORKER_NOT_RUNNING (names the status), LAB.WORKER_NOT_MANAGED, or LAB.CONTROLLER_UNAVAILABLE (unreachable, timed out, booting, circuit open, no endpoint or credentials; names the reason) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.CONTROLLER_READS_THROTTLED: the worker's controller was asked for LAB_CONTROLLER_READS_PER_MINUTE topologies and definitions this minute; Retry-After in seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_list: {
        parameters: {
            query?: {
                /** @description Also list labs that were removed from, or deleted on, their controller (their records and history stay) */
                includeGone?: boolean;
                /** @description Owner username (exact) */
                owner?: string;
                /** @description Page number, from 1. page × pageSize may be at most 10000 (with the default pageSize of 25: page 400 at most); narrow the filters to reach items beyond that. */
                page?: number;
                pageSize?: number;
                /** @description Search in titles (case-insensitive) */
                q?: string;
                /** @description Field to sort by, prefixed with - for descending: title, state, owner, nodes, links, created, modified, lastSynced */
                sort?: string;
                /** @description One or more CML lab states, comma-separated */
                state?: string;
            };
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabPageResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_upload: {
        parameters: {
            query?: {
                /** @description Title of the new lab, instead of the one in the topology */
                title?: string;
            };
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-yaml": string;
                "application/yaml": string;
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The topology YAML file
                     */
                    file: string;
                };
                "text/x-yaml": string;
                "text/yaml": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabResponse"];
                };
            };
            /** @description LAB.TOPOLOGY_EMPTY, LAB.TOPOLOGY_NOT_TEXT, LAB.TOPOLOGY_NOT_YAML (with line and column), LAB.TOPOLOGY_INVALID, LAB.TOPOLOGY_TOO_DEEP (nested more than 64 levels), LAB.TOPOLOGY_TOO_COMPLEX (more than 100 aliases, or aliases that expand too far), LAB.UPLOAD_NO_FILE, LAB.UPLOAD_FIELDS, LAB.UPLOAD_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.WORKER_NOT_RUNNING (names the status), LAB.WORKER_NOT_MANAGED, or LAB.CONTROLLER_UNAVAILABLE (unreachable, timed out, booting, circuit open, no endpoint or credentials; names the reason) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.UPLOAD_TOO_LARGE: over LAB_UPLOAD_MAX_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.UPLOAD_MEDIA_TYPE: neither multipart/form-data nor YAML */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.TOPOLOGY_REFUSED: CML refused the topology (with CML's reason) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
                /** @description The lab id on the CML controller */
                labId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND or LAB.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
                /** @description The lab id on the CML controller */
                labId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND or LAB.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.WORKER_NOT_RUNNING (names the status), LAB.WORKER_NOT_MANAGED, or LAB.CONTROLLER_UNAVAILABLE (unreachable, timed out, booting, circuit open, no endpoint or credentials; names the reason); LAB.REFUSED_BY_CML with CML's reason */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
                /** @description The lab id on the CML controller */
                labId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The topology YAML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-yaml": string;
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND or LAB.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.WORKER_NOT_RUNNING (names the status), LAB.WORKER_NOT_MANAGED, or LAB.CONTROLLER_UNAVAILABLE (unreachable, timed out, booting, circuit open, no endpoint or credentials; names the reason) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.CONTROLLER_READS_THROTTLED: the worker's controller was asked for LAB_CONTROLLER_READS_PER_MINUTE topologies and definitions this minute; Retry-After in seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
                /** @description The lab id on the CML controller */
                labId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND or LAB.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.WORKER_NOT_RUNNING (names the status), LAB.WORKER_NOT_MANAGED, or LAB.CONTROLLER_UNAVAILABLE (unreachable, timed out, booting, circuit open, no endpoint or credentials; names the reason); LAB.REFUSED_BY_CML with CML's reason */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_stop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
                /** @description The lab id on the CML controller */
                labId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND or LAB.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.WORKER_NOT_RUNNING (names the status), LAB.WORKER_NOT_MANAGED, or LAB.CONTROLLER_UNAVAILABLE (unreachable, timed out, booting, circuit open, no endpoint or credentials; names the reason); LAB.REFUSED_BY_CML with CML's reason */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_wipe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
                /** @description The lab id on the CML controller */
                labId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND or LAB.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.WORKER_NOT_RUNNING (names the status), LAB.WORKER_NOT_MANAGED, or LAB.CONTROLLER_UNAVAILABLE (unreachable, timed out, booting, circuit open, no endpoint or credentials; names the reason); LAB.REFUSED_BY_CML with CML's reason */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_sync: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabSyncResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.WORKER_NOT_RUNNING (names the status), LAB.WORKER_NOT_MANAGED, or LAB.CONTROLLER_UNAVAILABLE (unreachable, timed out, booting, circuit open, no endpoint or credentials; names the reason) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.SYNC_THROTTLED: this worker was synced on demand less than LAB_SYNC_MIN_INTERVAL_SECONDS ago; Retry-After in seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The controller refused the credentials or answered something unexpected (CML.*) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_registerLicense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterLicenseDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.INVALID_TRANSITION: the worker is not running (names the status) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_deregisterLicense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.INVALID_TRANSITION: the worker is not running (names the status) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerInsights_metrics: {
        parameters: {
            query?: {
                /** @description Start of the range; default 6 hours before `to` */
                from?: string;
                /** @description End of the range; default now */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerMetricsResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkerLabs_nodeDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeDefinitionResponse"][];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.WORKER_NOT_RUNNING (names the status), LAB.WORKER_NOT_MANAGED, or LAB.CONTROLLER_UNAVAILABLE (unreachable, timed out, booting, circuit open, no endpoint or credentials; names the reason) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description LAB.CONTROLLER_READS_THROTTLED: the worker's controller was asked for LAB_CONTROLLER_READS_PER_MINUTE topologies and definitions this minute; Retry-After in seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_setOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetOverrideDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerResponse"];
                };
            };
            /** @description WORKER.OVERRIDE_INVALID: unknown kind, or until not in the future or more than 14 days ahead */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description WORKER.NOT_OWNER: neither its owner nor a manager
             *
             *     Requires the user role or a stronger one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_MANAGED: the worker was unregistered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_clearOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description WORKER.NOT_OWNER: neither its owner nor a manager
             *
             *     Requires the user role or a stronger one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_setOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetOwnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerResponse"];
                };
            };
            /** @description WORKER.OWNER_INVALID: not a username or group:<name> */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Power_power: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerPowerResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the user role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the manager role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nothing to do */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateChangeResponse"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateChangeResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description WORKER.NOT_OWNER: neither its owner nor a manager
             *
             *     Requires the user role or a stronger one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.INVALID_TRANSITION: not allowed in the current status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description EC2 refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_stop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nothing to do */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateChangeResponse"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateChangeResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description WORKER.NOT_OWNER: neither its owner nor a manager
             *
             *     Requires the user role or a stronger one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.INVALID_TRANSITION: not allowed in the current status; WORKER.OPERATION_IN_PROGRESS: another operation runs (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_tags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTagsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_terminate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminateWorkerDto"];
            };
        };
        responses: {
            /** @description Nothing to do, or a terminate under way was told to stop waiting (`force`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateChangeResponse"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateChangeResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.OPERATION_IN_PROGRESS (names the operation) or WORKER.INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_discover: {
        parameters: {
            query: {
                amiId?: string;
                /** @description AMI name pattern (wildcards allowed), searched among the configured AMI owners */
                amiName?: string;
                instanceId?: string;
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveredInstanceResponse"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_images: {
        parameters: {
            query: {
                amiId?: string;
                /** @description AMI name pattern (wildcards allowed), searched among the configured AMI owners */
                amiName?: string;
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoundImageResponse"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportWorkersDto"];
            };
        };
        responses: {
            /** @description Bulk import or dry run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultResponse"];
                };
            };
            /** @description Single import */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such instance, AMI, or nothing importable */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already managed (names the worker), or terminated */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_instanceTypes: {
        parameters: {
            query: {
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceTypeListResponse"];
                };
            };
            /** @description Invalid or unmanaged region */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description EC2 refused (AWS.PERMISSION_DENIED names the permission) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_launchAmi: {
        parameters: {
            query: {
                /** @description The AMI a launch would name; give amiId or amiName, or neither for the region default. */
                amiId?: string;
                /** @description AMI name pattern; the newest match is what a launch would use */
                amiName?: string;
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaunchAmiResponse"];
                };
            };
            /** @description Invalid input, unmanaged region, both amiId and amiName, or WORKER.NO_AMI */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WORKER.AMI_NOT_FOUND: no such AMI in the region */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description EC2 refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Workers_networkOptions: {
        parameters: {
            query: {
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkOptionsResponse"];
                };
            };
            /** @description Invalid or unmanaged region */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description EC2 refused (AWS.PERMISSION_DENIED names the permission) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    LegacyImport_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                region: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegacyImportDto"];
            };
        };
        responses: {
            /** @description Single: the imported instance. import_all: {imported, skipped, total_found, total_imported, total_skipped} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyWorkerInstanceResponse"] | components["schemas"]["LegacyImportResultResponse"];
                };
            };
            /** @description Invalid request; `errors` lists the fields and what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid session or bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires the admin role or a stronger one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency (database, shared store or identity provider) is unavailable; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
