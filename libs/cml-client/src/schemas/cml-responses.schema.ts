import { z } from 'zod';

/**
 * The shapes of CML 2.9 answers, limited to the fields the product reads. Objects are loose: other
 * fields pass through untouched (the product shows raw licensing JSON), and fields the OpenAPI
 * document marks optional stay optional.
 */

export const tokenSchema = z.string().min(1).regex(/^\S+$/, 'must be a token without spaces');

export const systemInformationSchema = z.looseObject({
  version: z.string(),
  ready: z.boolean(),
});
export type CmlSystemInformation = z.infer<typeof systemInformationSchema>;

export const systemHealthSchema = z.looseObject({
  valid: z.boolean().nullable(),
  is_licensed: z.boolean().nullable(),
  is_enterprise: z.boolean(),
  computes: z.record(
    z.string(),
    z.looseObject({
      hostname: z.string(),
      is_controller: z.boolean(),
      valid: z.boolean().nullable(),
      admission_state: z.string(),
    }),
  ),
  controller: z.looseObject({
    core_connected: z.boolean(),
    nodes_loaded: z.boolean(),
    images_loaded: z.boolean(),
    valid: z.boolean(),
  }),
});
export type CmlSystemHealth = z.infer<typeof systemHealthSchema>;

/** Bytes. */
const usageSchema = z.looseObject({ total: z.number(), free: z.number(), used: z.number() });

export const systemStatsSchema = z.looseObject({
  all: z
    .looseObject({
      cpu: z.looseObject({ count: z.number().optional(), percent: z.number().optional() }),
      memory: usageSchema,
      disk: usageSchema,
    })
    .optional(),
  computes: z
    .record(
      z.string(),
      z.looseObject({
        hostname: z.string(),
        is_controller: z.boolean(),
        stats: z.looseObject({
          cpu: z.looseObject({
            count: z.number().optional(),
            percent: z.number().optional(),
            load: z.array(z.number()).optional(),
            model: z.string().optional(),
            predicted: z.number().optional(),
          }),
          memory: usageSchema,
          disk: usageSchema,
          dominfo: z.looseObject({
            allocated_cpus: z.number(),
            allocated_memory: z.number(),
            total_nodes: z.number().nullish(),
            running_nodes: z.number().nullish(),
            total_orphans: z.number().nullish(),
            running_orphans: z.number().nullish(),
          }),
        }),
      }),
    )
    .default({}),
  controller: z.looseObject({ disk: usageSchema }).optional(),
});
export type CmlSystemStats = z.infer<typeof systemStatsSchema>;

export const licensingSchema = z.looseObject({
  registration: z
    .looseObject({
      status: z.string(),
      smart_account: z.string().nullish(),
      virtual_account: z.string().nullish(),
      expires: z.string().nullish(),
    })
    .optional(),
  authorization: z.looseObject({ status: z.string(), expires: z.string().nullish() }).optional(),
  product_license: z.looseObject({ active: z.string().optional(), is_enterprise: z.boolean().optional() }).optional(),
  features: z.array(z.looseObject({ id: z.string(), name: z.string().optional(), in_use: z.number().optional(), status: z.string().optional(), max: z.number().optional() })).optional(),
  udi: z.looseObject({ hostname: z.string().optional(), product_uuid: z.string().optional() }).optional(),
  reservation_mode: z.boolean().optional(),
});
export type CmlLicensing = z.infer<typeof licensingSchema>;

/** `DEFINED_ON_CORE`, `STOPPED`, `STARTED` (CML 2.9), `QUEUED` (newer); unknown states pass as strings. */
export type CmlLabState = 'DEFINED_ON_CORE' | 'STOPPED' | 'STARTED' | 'QUEUED' | (string & {});

export const labStateSchema = z.string().min(1);

export const labSchema = z.looseObject({
  id: z.string().optional(),
  lab_title: z.string(),
  state: labStateSchema,
  lab_description: z.string().optional(),
  lab_notes: z.string().optional(),
  owner: z.string().optional(),
  owner_username: z.string().optional(),
  owner_fullname: z.string().optional(),
  node_count: z.number().int().nonnegative().optional(),
  link_count: z.number().int().nonnegative().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  groups: z.array(z.unknown()).optional(),
  effective_permissions: z.array(z.string()).optional(),
});
/** A lab summary (`GET /labs/{id}` or one tile of `GET /populate_lab_tiles`); `id` is always set. */
export type CmlLab = Omit<z.infer<typeof labSchema>, 'id' | 'state'> & { id: string; state: CmlLabState };

export const labIdsSchema = z.array(z.string().min(1));
export const labTilesSchema = z.looseObject({ lab_tiles: z.record(z.string(), labSchema) });

export const importResultSchema = z.looseObject({ id: z.string().min(1), warnings: z.array(z.string()).nullish() });

export const telemetryEventsSchema = z.array(
  z.looseObject({
    category: z.string(),
    timestamp: z.string(),
    data: z.looseObject({ user_id: z.string().optional() }),
  }),
);
export type CmlTelemetryEvent = z.infer<typeof telemetryEventsSchema>[number];

export const labEventsSchema = z.array(
  z.looseObject({
    lab_id: z.string(),
    event: z.string(),
    element_type: z.string(),
    element_id: z.string(),
    timestamp: z.string(),
    data: z.record(z.string(), z.unknown()).optional(),
    previous: z.record(z.string(), z.unknown()).optional(),
  }),
);
export type CmlLabEvent = z.infer<typeof labEventsSchema>[number];

export const nodeDefinitionsSchema = z.array(
  z.looseObject({
    id: z.string(),
    general: z.looseObject({ nature: z.string().optional(), description: z.string().optional() }).optional(),
    ui: z.looseObject({ label: z.string().optional(), description: z.string().optional() }).optional(),
  }),
);
export type CmlNodeDefinition = z.infer<typeof nodeDefinitionsSchema>[number];

export const imageDefinitionsSchema = z.array(
  z.looseObject({
    id: z.string(),
    node_definition_id: z.string(),
    label: z.string().optional(),
    disk_image: z.string().optional(),
    read_only: z.boolean().optional(),
  }),
);
export type CmlImageDefinition = z.infer<typeof imageDefinitionsSchema>[number];

/** `GET /system/compute_hosts` (ComputeHostBase): the cluster's computes as the controller registers them. */
export const computeHostsSchema = z.array(
  z.looseObject({
    id: z.string(),
    hostname: z.string(),
    server_address: z.string().optional(),
    is_simulator: z.boolean().optional(),
    is_connector: z.boolean().optional(),
    admission_state: z.string().optional(),
    node_counts: z
      .looseObject({ total_nodes: z.number().nullish(), running_nodes: z.number().nullish(), total_orphans: z.number().nullish(), running_orphans: z.number().nullish() })
      .optional(),
    is_connected: z.boolean().optional(),
    is_synced: z.boolean().optional(),
  }),
);
export type CmlComputeHost = z.infer<typeof computeHostsSchema>[number];

/** CML's error body (`#/components/schemas/Error`). */
export const cmlErrorBodySchema = z.looseObject({ code: z.number().optional(), description: z.string() });
