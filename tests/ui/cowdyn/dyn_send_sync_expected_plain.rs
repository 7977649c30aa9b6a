use std::error::Error;

fn make() -> Box<dyn Error + Send + Sync> {
    "broken".into()
}

fn main() {
    let e: Box<dyn Error> = make();
    println!("{e}");
}
