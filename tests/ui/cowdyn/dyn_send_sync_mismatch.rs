use std::error::Error;

fn complaint(code: u8) -> Box<dyn Error + Send + Sync> {
    format!("code {code}").into()
}

fn main() {
    let text: String = complaint(4);
    println!("{text}");
}
