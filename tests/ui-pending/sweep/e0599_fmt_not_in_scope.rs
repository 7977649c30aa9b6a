fn show(x: f64, f: &mut std::fmt::Formatter) -> std::fmt::Result {
    x.fmt(f)
}

fn main() {
    let _ = show;
}
