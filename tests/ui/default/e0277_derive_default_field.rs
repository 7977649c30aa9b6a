struct Meters(f64);

#[derive(Default)]
struct Track {
    name: String,
    length: Meters,
}

fn main() {
    let t = Track::default();
    println!("{} {}", t.name, t.length.0);
}
