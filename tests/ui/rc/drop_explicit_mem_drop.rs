// `drop(x)` (std::mem::drop, in the prelude) ends a value early.
struct Connection {
    host: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.host);
    }
}

fn main() {
    let db = Connection { host: String::from("db") };
    let cache = Connection { host: String::from("cache") };
    println!("opened {} and {}", db.host, cache.host);
    drop(db);
    println!("db closed early");
    std::mem::drop(cache);
    println!("end of main");
}
