use std::thread;

fn main() {
    let mut log = Vec::new();
    let source = [1, 2, 3];
    thread::scope(|s| {
        s.spawn(|| {
            for x in source.iter() {
                log.push(x * 10);
            }
        });
    });
    log.push(0);
    println!("{:?}", log);
}
