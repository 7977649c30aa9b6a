//@ mode: check
async fn fetch() -> u32 {
    1
}

async fn run() -> u32 {
    fetch().await()
}

fn main() {}
