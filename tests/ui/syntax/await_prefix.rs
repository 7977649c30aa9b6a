//@ mode: check
//@ edition: 2021
async fn fetch() -> u32 {
    1
}

async fn run() -> u32 {
    await fetch()
}

fn main() {}
