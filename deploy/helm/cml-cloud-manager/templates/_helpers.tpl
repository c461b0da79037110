{{/* Names and labels. */}}
{{- define "ccm.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "ccm.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "ccm.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ccm.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "ccm.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "ccm.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: cml-cloud-manager
{{- end -}}

{{- define "ccm.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "ccm.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "ccm.secretName" -}}
{{- default (include "ccm.fullname" .) .Values.secrets.existingSecret -}}
{{- end -}}

{{- define "ccm.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}
{{- end -}}

{{- define "ccm.ingressHost" -}}
{{- default (urlParse .Values.config.publicUrl).hostname .Values.ingress.host -}}
{{- end -}}

{{/* Where the secret files are mounted; the app reads <NAME>_FILE. */}}
{{- define "ccm.secretDir" -}}/run/secrets/cml-cloud-manager{{- end -}}

{{/*
Seconds Kubernetes waits between the start of termination and SIGKILL: the preStop sleep, the
drain, the shutdown timeout, and five seconds for the process to exit after it.
*/}}
{{- define "ccm.terminationGracePeriodSeconds" -}}
{{- $s := .Values.shutdown -}}
{{- add (int $s.preStopSeconds) (div (add (int $s.drainMs) (int $s.timeoutMs) 999) 1000) 5 -}}
{{- end -}}

{{/*
Checks across values that values.schema.json cannot express. Every template includes it, so
`helm template` and `helm install` stop with one message saying what to set.
*/}}
{{- define "ccm.validate" -}}
{{- $problems := list -}}
{{- $secretValues := default (dict) .Values.secrets.values -}}
{{- $chartSet := list "NODE_ENV" "HOST" "PORT" "JOBS_ENABLED" "PUBLIC_URL" "TRUST_PROXY" "OIDC_ISSUER_URL" "OIDC_DISCOVERY_URL" "OIDC_CLIENT_ID" "OIDC_AUDIENCE" "CML_ALLOWED_NETWORKS" "CML_USERNAME" "AWS_REGIONS" "AWS_REGION" "AWS_ROLE_ARN" "REDIS_KEY_PREFIX" "LOG_LEVEL" -}}
{{- $secretNames := list "MONGODB_URI" "REDIS_URL" "OIDC_CLIENT_SECRET" "CML_PASSWORD" "ACTION_LINK_SECRET" "CML_CREDENTIALS_OVERRIDES" "CLOUD_EVENT_SINK" "AWS_ACCESS_KEY_ID" "AWS_SECRET_ACCESS_KEY" "AWS_SESSION_TOKEN" -}}
{{- range $name, $_ := .Values.config.extra -}}
{{- if not (regexMatch "^[A-Z][A-Z0-9_]*$" $name) -}}
{{- $problems = append $problems (printf "config.extra.%s: not a variable name (docs/configuration.md lists them)" $name) -}}
{{- else if or (has $name $secretNames) (hasSuffix "_FILE" $name) -}}
{{- $problems = append $problems (printf "config.extra.%s: a secret; put it in the Secret and map its key in secrets.keys (AWS credentials come from the service account)" $name) -}}
{{- else if or (has $name $chartSet) (hasPrefix "SHUTDOWN_" $name) (hasPrefix "METRICS_" $name) -}}
{{- $problems = append $problems (printf "config.extra.%s: set by the chart; use its own value (values.yaml)" $name) -}}
{{- end -}}
{{- end -}}
{{- if not .Values.secrets.existingSecret -}}
{{- range $name, $key := .Values.secrets.keys -}}
{{- if and $key (not (hasKey $secretValues $key)) (has $name (list "MONGODB_URI" "REDIS_URL" "OIDC_CLIENT_SECRET" "ACTION_LINK_SECRET")) -}}
{{- $problems = append $problems (printf "secrets.values.%s (%s) is missing: set secrets.existingSecret to a Secret you created, or give the value" $key $name) -}}
{{- end -}}
{{- end -}}
{{- else if $secretValues -}}
{{- $problems = append $problems "secrets.values is set together with secrets.existingSecret: the chart would ignore it; keep one" -}}
{{- end -}}
{{- $keys := list -}}
{{- range $name, $key := .Values.secrets.keys -}}
{{- if $key -}}
{{- if has $key $keys -}}
{{- $problems = append $problems (printf "secrets.keys: key %q is used for two variables" $key) -}}
{{- end -}}
{{- $keys = append $keys $key -}}
{{- end -}}
{{- end -}}
{{- if and .Values.ingress.enabled .Values.ingress.tlsSecretName (ne (urlParse .Values.config.publicUrl).scheme "https") -}}
{{- $problems = append $problems "config.publicUrl must be https when the ingress serves TLS" -}}
{{- end -}}
{{- if and .Values.podDisruptionBudget.enabled (not (kindIs "invalid" .Values.podDisruptionBudget.maxUnavailable)) (not (kindIs "invalid" .Values.podDisruptionBudget.minAvailable)) -}}
{{- $problems = append $problems "podDisruptionBudget: set maxUnavailable or minAvailable, not both (null the other)" -}}
{{- end -}}
{{- if $problems -}}
{{- fail (printf "\n\nThe values are not usable:\n  - %s\n" (join "\n  - " $problems)) -}}
{{- end -}}
{{- end -}}

{{/*
The pod template of a Deployment. Arguments: the root context and the component ("api" or "jobs").
*/}}
{{- define "ccm.podTemplate" -}}
{{- $root := .root -}}
{{- $component := .component -}}
{{- $v := $root.Values -}}
{{- $jobs := or (eq $component "jobs") (eq $v.jobs.mode "every-replica") -}}
{{- $resources := $v.resources -}}
{{- if and (eq $component "jobs") $v.jobs.resources -}}{{- $resources = $v.jobs.resources -}}{{- end -}}
metadata:
  labels:
    {{- include "ccm.selectorLabels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ $component }}
    {{- with $v.podLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  annotations:
    # A changed setting or chart-made secret rolls the pods.
    checksum/config: {{ include (print $root.Template.BasePath "/configmap.yaml") $root | sha256sum }}
    {{- if not $v.secrets.existingSecret }}
    checksum/secret: {{ include (print $root.Template.BasePath "/secret.yaml") $root | sha256sum }}
    {{- end }}
    {{- with $v.podAnnotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  serviceAccountName: {{ include "ccm.serviceAccountName" $root }}
  automountServiceAccountToken: false
  {{- with $v.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.priorityClassName }}
  priorityClassName: {{ . }}
  {{- end }}
  terminationGracePeriodSeconds: {{ include "ccm.terminationGracePeriodSeconds" $root }}
  securityContext:
    {{- toYaml $v.podSecurityContext | nindent 4 }}
  containers:
    - name: app
      image: {{ include "ccm.image" $root | quote }}
      imagePullPolicy: {{ $v.image.pullPolicy }}
      securityContext:
        {{- toYaml $v.securityContext | nindent 8 }}
      ports:
        - name: http
          containerPort: 8030
          protocol: TCP
        {{- if $v.metrics.enabled }}
        - name: metrics
          containerPort: {{ $v.metrics.port }}
          protocol: TCP
        {{- end }}
      envFrom:
        - configMapRef:
            name: {{ include "ccm.fullname" $root }}
      env:
        - name: JOBS_ENABLED
          value: {{ ternary "true" "false" $jobs | quote }}
        {{- range $name, $key := $v.secrets.keys }}
        {{- if $key }}
        - name: {{ $name }}_FILE
          value: {{ printf "%s/%s" (include "ccm.secretDir" $root) $name | quote }}
        {{- end }}
        {{- end }}
      startupProbe:
        httpGet:
          path: /api/health/live
          port: http
        {{- toYaml $v.probes.startup | nindent 8 }}
      livenessProbe:
        httpGet:
          path: /api/health/live
          port: http
        {{- toYaml $v.probes.liveness | nindent 8 }}
      readinessProbe:
        httpGet:
          path: /api/health/ready
          port: http
        {{- toYaml $v.probes.readiness | nindent 8 }}
      lifecycle:
        preStop:
          # Kubernetes takes the pod out of the Service's endpoints while this runs; SIGTERM follows.
          exec:
            command: ["sleep", {{ $v.shutdown.preStopSeconds | quote }}]
      resources:
        {{- toYaml $resources | nindent 8 }}
      volumeMounts:
        - name: secrets
          mountPath: {{ include "ccm.secretDir" $root }}
          readOnly: true
        - name: tmp
          mountPath: /tmp
        {{- with $v.extraVolumeMounts }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
  volumes:
    - name: secrets
      secret:
        secretName: {{ include "ccm.secretName" $root }}
        defaultMode: 288 # 0440: the owner and the fsGroup read
        items:
          {{- range $name, $key := $v.secrets.keys }}
          {{- if $key }}
          - key: {{ $key }}
            path: {{ $name }}
          {{- end }}
          {{- end }}
    - name: tmp
      emptyDir:
        sizeLimit: 64Mi
    {{- with $v.extraVolumes }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- if $v.topologySpread.enabled }}
  topologySpreadConstraints:
    - maxSkew: 1
      topologyKey: kubernetes.io/hostname
      whenUnsatisfiable: ScheduleAnyway
      labelSelector:
        matchLabels:
          {{- include "ccm.selectorLabels" $root | nindent 10 }}
          app.kubernetes.io/component: {{ $component }}
    - maxSkew: 1
      topologyKey: topology.kubernetes.io/zone
      whenUnsatisfiable: ScheduleAnyway
      labelSelector:
        matchLabels:
          {{- include "ccm.selectorLabels" $root | nindent 10 }}
          app.kubernetes.io/component: {{ $component }}
  {{- end }}
  {{- with $v.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}
