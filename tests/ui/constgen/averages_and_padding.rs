fn average<const N: usize>(scores: [f64; N]) -> f64 {
    if N == 0 {
        return 0.0;
    }
    let total: f64 = scores.iter().sum();
    total / N as f64
}

fn pad<const N: usize>(word: &str) -> [char; N] {
    let mut out = ['-'; N];
    for (i, c) in word.chars().take(N).enumerate() {
        out[i] = c;
    }
    out
}

fn count_above<const N: usize>(values: &[u32; N], limit: u32) -> usize {
    values.iter().filter(|&&v| v > limit).count()
}

fn main() {
    println!("{:.2}", average([90.0, 85.5, 77.25]));
    println!("{}", average::<0>([]));
    let short: [char; 6] = pad("rust");
    println!("{}", short.iter().collect::<String>());
    println!("{:?}", pad::<2>("hello"));
    let readings = [12, 40, 7, 55, 31];
    println!("{} of {} above 30", count_above(&readings, 30), readings.len());
}
