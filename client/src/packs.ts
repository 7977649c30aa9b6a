// Exercise packs: from the API (/api/packs...) or, without one, from the static
// /packs.json (docs/api.md). Either way the IDE sees the same shapes.
import { ApiError, type Api } from "./api";

export type ExerciseMode = "run" | "test";

export interface ExerciseSummary {
  pack: string;
  name: string;
  topic: string;
  mode: ExerciseMode;
  order: number;
  title: string;
}

export interface Exercise extends ExerciseSummary {
  source: string;
  hint: string;
  topic_text: string;
}

export interface Pack {
  id: string;
  title: string;
  description: string;
  exercises: ExerciseSummary[];
}

interface StaticExercise extends Omit<Exercise, "pack"> {
  solution?: string;
}

interface PacksJson {
  packs: Array<{ id: string; title: string; description: string; exercises: StaticExercise[] }>;
}

export type SolutionAnswer = { source: string } | { unavailable: string };

export interface PackSource {
  readonly kind: "api" | "static";
  packs(): Promise<Pack[]>;
  exercise(pack: string, name: string): Promise<Exercise>;
  solution(pack: string, name: string): Promise<SolutionAnswer>;
}

export class ApiPacks implements PackSource {
  readonly kind = "api";
  constructor(private readonly api: Api) {}

  async packs(): Promise<Pack[]> {
    const list = await this.api.get<Array<{ id: string; title: string; description: string }>>("/api/packs");
    return Promise.all(list.map(async (pack) => {
      const exercises = await this.api.get<Array<Omit<ExerciseSummary, "pack">>>(
        `/api/packs/${encodeURIComponent(pack.id)}/exercises`);
      return { ...pack, exercises: exercises.map((e) => ({ ...e, pack: pack.id, title: e.title || e.name })) };
    }));
  }

  async exercise(pack: string, name: string): Promise<Exercise> {
    const e = await this.api.get<Omit<Exercise, "pack">>(
      `/api/packs/${encodeURIComponent(pack)}/exercises/${encodeURIComponent(name)}`);
    return { ...e, pack, title: e.title || e.name };
  }

  async solution(pack: string, name: string): Promise<SolutionAnswer> {
    try {
      return await this.api.get<{ source: string }>(
        `/api/packs/${encodeURIComponent(pack)}/exercises/${encodeURIComponent(name)}/solution`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return { unavailable: "Log in to see the solution." };
      if (error instanceof ApiError && error.status === 403) return { unavailable: "The server has not recorded this exercise as done yet." };
      throw error;
    }
  }
}

export class StaticPacks implements PackSource {
  readonly kind = "static";
  private data: Promise<PacksJson> | undefined;

  private load(): Promise<PacksJson> {
    this.data ??= fetch("/packs.json").then(async (response) => {
      if (!response.ok) throw new Error(`could not load /packs.json: HTTP ${response.status}`);
      return (await response.json()) as PacksJson;
    });
    return this.data;
  }

  async packs(): Promise<Pack[]> {
    const { packs } = await this.load();
    return packs.map((pack) => ({
      id: pack.id,
      title: pack.title,
      description: pack.description,
      exercises: [...pack.exercises]
        .sort((a, b) => a.order - b.order)
        .map(({ name, topic, mode, order, title }) => ({ pack: pack.id, name, topic, mode, order, title: title || name })),
    }));
  }

  private async find(pack: string, name: string): Promise<StaticExercise> {
    const { packs } = await this.load();
    const exercise = packs.find((p) => p.id === pack)?.exercises.find((e) => e.name === name);
    if (!exercise) throw new Error(`no exercise ${pack}/${name}`);
    return exercise;
  }

  async exercise(pack: string, name: string): Promise<Exercise> {
    const { solution: _solution, ...exercise } = await this.find(pack, name);
    return { ...exercise, pack, title: exercise.title || exercise.name };
  }

  async solution(pack: string, name: string): Promise<SolutionAnswer> {
    const exercise = await this.find(pack, name);
    return exercise.solution ? { source: exercise.solution } : { unavailable: "This pack has no solution for it." };
  }
}
